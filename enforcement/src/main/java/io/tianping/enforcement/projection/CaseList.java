package io.tianping.enforcement.projection;

import io.tianping.sharedkernel.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/** Lists of cases from {@code enforcement_case}, limited to what a region may see. */
@Component
public class CaseList {

    /** The most rows one page holds. */
    public static final int MAX_SIZE = 500;


    /** One line of a list. */
    public record CaseRow(String caseId, String stage, String source, String competentRegion, @Nullable String partyName,
                          @Nullable String partyCreditCode, String product, Instant raisedAt, @Nullable LocalDate nextDueOn, boolean overdue,
                          Instant lastChangedAt) { }

    private final JdbcClient jdbc;

    CaseList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CaseRow> visibleTo(RegionCode region, String stage, boolean overdueOnly, int page, int size) {
        return visibleTo(region, stage, overdueOnly, false, page, size);
    }

    /** As above; {@code byDeadline} orders by the next legal deadline, soonest first, instead of the latest change. */
    public List<CaseRow> visibleTo(RegionCode region, String stage, boolean overdueOnly, boolean byDeadline, int page,
                                   int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page: must be 0 or more, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size: must be between 1 and %d, got %d".formatted(MAX_SIZE, size));
        }
        return jdbc.sql("""
                select c.* from enforcement_case c
                where exists (select 1 from enforcement_case_access a where a.case_id = c.case_id and a.region like ?)
                  and (cast(? as varchar) is null or c.stage = ?) and (not ? or c.overdue)
                order by %s, c.case_id limit ? offset ?""".formatted(byDeadline
                        ? "c.next_due_on asc nulls last" : "c.last_changed_at desc"))
                .params(within(region), stage, stage, overdueOnly, size, (long) page * size)
                .query((rs, row) -> new CaseRow(rs.getString("case_id"), rs.getString("stage"), rs.getString("source"),
                        rs.getString("competent_region"), rs.getString("party_name"), rs.getString("party_credit_code"),
                        rs.getString("product"), rs.getTimestamp("raised_at").toInstant(),
                        rs.getObject("next_due_on", LocalDate.class), rs.getBoolean("overdue"),
                        rs.getTimestamp("last_changed_at").toInstant()))
                .list();
    }

    /** Ids of open cases with a clock due on or before {@code day}: the watch asks the case to check its clocks. */
    public List<String> dueBy(LocalDate day) {
        return jdbc.sql("select case_id from enforcement_case where next_due_on < ? order by next_due_on limit 1000")
                .param(day)
                .query(String.class)
                .list();
    }

    /** A LIKE pattern for every region code within {@code region} (GB/T 2260 codes share their prefixes). */
    static String within(RegionCode region) {
        return switch (region.level()) {
            case COUNTRY -> "%";
            case PROVINCE -> region.value().substring(0, 2) + "%";
            case PREFECTURE -> region.value().substring(0, 4) + "%";
            case COUNTY -> region.value();
        };
    }
}
