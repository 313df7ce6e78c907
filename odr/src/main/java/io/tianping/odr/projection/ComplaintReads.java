package io.tianping.odr.projection;

import io.tianping.odr.api.ComplaintId;
import io.tianping.odr.api.ComplaintQuery.ComplaintCluster;
import io.tianping.odr.api.ComplaintQuery.ComplaintClusters;
import io.tianping.odr.api.ComplaintQuery.ListComplaintClusters;
import io.tianping.odr.api.ComplaintRoute;
import io.tianping.odr.api.ComplaintStage;
import io.tianping.odr.api.ComplaintProduct;
import io.tianping.odr.api.RejectionGround;
import io.tianping.odr.api.Respondent;
import io.tianping.odr.projection.ComplaintView.ConsumerView;
import io.tianping.odr.projection.ComplaintView.SettlementView;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.RegionCode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static io.tianping.odr.projection.OdrEnterprisesProjection.instant;

/** What the complaint table answers: one complaint, lists, the clocks to check, and complaint clusters. */
@Component
public class ComplaintReads {

    private final JdbcClient jdbc;

    ComplaintReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ComplaintView> find(ComplaintId id) {
        return jdbc.sql("select * from odr_complaint where complaint_id = ?").param(id.value())
                .query((rs, row) -> view(rs)).optional();
    }

    /** The newest complaints the filter lets through, at most {@code limit}. */
    public List<ComplaintView> list(ComplaintFilter filter, int limit) {
        String respondent = filter.respondent() == null ? null : filter.respondent().value();
        String region = filter.region() == null ? "" : Regions.prefix(filter.region());
        String stage = filter.stage() == null ? null : filter.stage().name();
        return jdbc.sql("""
                select * from odr_complaint where (cast(? as varchar) is null or respondent_credit_code = ?)
                and region like ? and (cast(? as varchar) is null or stage = ?)
                order by received_at desc, complaint_id limit ?""")
                .params(respondent, respondent, region + "%", stage, stage, limit)
                .query((rs, row) -> view(rs)).list();
    }

    /** Complaints with an enterprise whose due day is before {@code today}: the watch marks them overdue. */
    public List<ComplaintId> overdueAtEnterprise(LocalDate today) {
        return ids("select complaint_id from odr_complaint where stage = 'WITH_ENTERPRISE' and due_by < ? order by due_by limit 1000", today);
    }

    /** Mediations not paused whose 45 working days ended before {@code today}: they end by themselves. */
    public List<ComplaintId> mediationsPastTimeLimit(LocalDate today) {
        return ids("select complaint_id from odr_complaint where stage = 'IN_MEDIATION' and not paused and mediation_due_by < ? order by mediation_due_by limit 1000", today);
    }

    @QueryHandler
    ComplaintClusters handle(ListComplaintClusters query) {
        String[] codes = query.products().stream().map(CatalogueCode::value).toArray(String[]::new);
        var clusters = jdbc.sql("""
                select catalogue_code, upper(model), count(*) from odr_complaint
                where catalogue_code = any (?) and model is not null and received_on between ? and ?
                group by catalogue_code, upper(model) having count(*) >= ? order by count(*) desc, 1, 2 limit 1000""")
                .params(codes, Date.valueOf(query.from()), Date.valueOf(query.to()), query.minimum())
                .query((rs, row) -> new ComplaintCluster(new CatalogueCode(rs.getString(1)), rs.getString(2), rs.getInt(3),
                        query.from(), query.to()))
                .list();
        return new ComplaintClusters(clusters);
    }

    private List<ComplaintId> ids(String sql, LocalDate today) {
        return jdbc.sql(sql).param(Date.valueOf(today)).query((rs, row) -> new ComplaintId(rs.getString(1))).list();
    }

    private static ComplaintView view(ResultSet rs) throws SQLException {
        String code = rs.getString("catalogue_code");
        SettlementView settlement = rs.getTimestamp("handled_at") == null ? null
                : new SettlementView(instant(rs, "handled_at"), rs.getBoolean("settled"), rs.getString("method"),
                        rs.getString("result"), rs.getInt("working_days"), rs.getBoolean("on_time"));
        String ground = rs.getString("rejection_ground");
        var amount = rs.getBigDecimal("amount");
        Boolean satisfied = rs.getObject("satisfied") == null ? null : rs.getBoolean("satisfied");
        return new ComplaintView(new ComplaintId(rs.getString("complaint_id")), instant(rs, "received_at"), rs.getBoolean("odr"),
                new ConsumerView(rs.getString("consumer_name"), PhoneMask.mask(rs.getString("consumer_phone"))),
                new Respondent(rs.getString("respondent_name"), new CreditCode(rs.getString("respondent_credit_code"))),
                new ComplaintProduct(rs.getString("product_name"), code == null ? null : new CatalogueCode(code), rs.getString("model")),
                rs.getString("platform"), rs.getString("listing_id"), amount == null ? null : new Money(amount),
                rs.getString("claim"), rs.getString("facts"), day(rs, "harm_known_on"),
                ComplaintRoute.valueOf(rs.getString("route")), new RegionCode(rs.getString("region")),
                ComplaintStage.valueOf(rs.getString("stage")), day(rs, "due_by"), settlement, instant(rs, "escalated_at"),
                instant(rs, "accepted_at"), rs.getBoolean("paused"), ground == null ? null : RejectionGround.valueOf(ground),
                rs.getString("outcome"), day(rs, "notice_due_by"), satisfied, instant(rs, "clue_raised_at"));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
