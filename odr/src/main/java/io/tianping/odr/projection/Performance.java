package io.tianping.odr.projection;

import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.RegionCode;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Scorecards of enterprises and statistics of regions, counted from the complaint table. */
@Component
public class Performance {

    private static final String COUNTS = """
            select count(*),
              count(*) filter (where first_route = 'ENTERPRISE'),
              count(*) filter (where first_route = 'REGULATOR'),
              count(*) filter (where first_route = 'ENTERPRISE' and (handled_at is not null or overdue_at_enterprise)),
              count(*) filter (where first_route = 'ENTERPRISE' and settled),
              count(*) filter (where first_route = 'ENTERPRISE' and on_time),
              count(*) filter (where first_route = 'ENTERPRISE' and escalated_at is null and satisfied is not null),
              count(*) filter (where first_route = 'ENTERPRISE' and escalated_at is null and satisfied),
              count(*) filter (where first_route = 'ENTERPRISE' and handled_at is not null),
              coalesce(sum(working_days) filter (where first_route = 'ENTERPRISE' and handled_at is not null), 0),
              count(*) filter (where escalated_at is not null),
              count(*) filter (where accepted_at is not null),
              count(*) filter (where stage = 'REJECTED'),
              count(*) filter (where stage = 'AGREED'),
              count(*) filter (where stage = 'TERMINATED')
            from odr_complaint where received_on between ? and ? and\s""";

    private final JdbcClient jdbc;
    private final OdrEnterprisesProjection enterprises;

    Performance(JdbcClient jdbc, OdrEnterprisesProjection enterprises) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
    }

    /** The enterprise's scorecard over complaints received in [{@code from}, {@code to}]; empty when it never applied. */
    public java.util.Optional<Scorecard> scorecard(CreditCode creditCode, LocalDate from, LocalDate to) {
        return enterprises.find(creditCode).map(enterprise -> {
            Counts c = counts("respondent_credit_code = ?", from, to, creditCode.value());
            return new Scorecard(creditCode, enterprise.name(), enterprise.status(), from, to, c.toEnterprises(),
                    c.concluded(), c.settlementRate(), c.onTimeRate(), c.satisfactionRate(), c.averageWorkingDays());
        });
    }

    /** Statistics of complaints against respondents within {@code region}, received in [{@code from}, {@code to}]. */
    public RegionStatistics statistics(RegionCode region, LocalDate from, LocalDate to) {
        Counts c = counts("region like ?", from, to, Regions.prefix(region) + "%");
        return new RegionStatistics(region, from, to, c.received(), c.toEnterprises(), c.toRegulators(), c.concluded(),
                c.settlementRate(), c.onTimeRate(), c.satisfactionRate(), c.averageWorkingDays(), c.escalated(),
                c.accepted(), c.rejected(), c.mediationAgreementRate());
    }

    private Counts counts(String where, LocalDate from, LocalDate to, String param) {
        return jdbc.sql(COUNTS + where).params(Date.valueOf(from), Date.valueOf(to), param)
                .query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                        rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15)))
                .single();
    }
}
