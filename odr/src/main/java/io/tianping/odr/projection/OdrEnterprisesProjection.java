package io.tianping.odr.projection;

import io.tianping.odr.api.EnterpriseStatus;
import io.tianping.odr.api.OdrEnterpriseEvent.OdrEnterpriseApplied;
import io.tianping.odr.api.OdrEnterpriseEvent.OdrEnterpriseApproved;
import io.tianping.odr.api.OdrEnterpriseEvent.OdrEnterpriseExited;
import io.tianping.odr.api.OdrEnterpriseEvent.OdrEnterpriseWarned;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.RegionCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Table {@code odr_enterprise}: who is enrolled (routing), the public list, and whom the evaluation looks at. */
@Component
@ProcessingGroup(OdrEnterprisesProjection.GROUP)
public class OdrEnterprisesProjection {

    public static final String GROUP = "odr-enterprises";

    private final JdbcClient jdbc;

    OdrEnterprisesProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OdrEnterpriseApplied e) {
        jdbc.sql("""
                insert into odr_enterprise (credit_code, name, region, status, applied_at) values (?, ?, ?, 'APPLIED', ?)
                on conflict (credit_code) do update set name = excluded.name, status = 'APPLIED', applied_at = excluded.applied_at,
                active_since = null, warned_at = null, exited_at = null, last_reason = null""")
                .params(e.id().creditCode().value(), e.name(), e.region().value(), Timestamp.from(e.at()))
                .update();
    }

    @EventHandler
    void on(OdrEnterpriseApproved e) {
        // lifting a warning keeps the enterprise's "active since"
        jdbc.sql("update odr_enterprise set status = 'ACTIVE', active_since = coalesce(active_since, ?), warned_at = null where credit_code = ?")
                .params(Timestamp.from(e.at()), e.id().creditCode().value())
                .update();
    }

    @EventHandler
    void on(OdrEnterpriseWarned e) {
        jdbc.sql("update odr_enterprise set status = 'WARNED', warned_at = ?, last_reason = ? where credit_code = ?")
                .params(Timestamp.from(e.at()), e.reason(), e.id().creditCode().value())
                .update();
    }

    @EventHandler
    void on(OdrEnterpriseExited e) {
        jdbc.sql("update odr_enterprise set status = 'EXITED', exited_at = ?, last_reason = ? where credit_code = ?")
                .params(Timestamp.from(e.at()), e.reason(), e.id().creditCode().value())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from odr_enterprise").update();
    }

    public Optional<EnterpriseView> find(CreditCode creditCode) {
        return jdbc.sql("select * from odr_enterprise where credit_code = ?").param(creditCode.value())
                .query((rs, row) -> view(rs)).optional();
    }

    /** True when ODR complaints against {@code creditCode} go straight to it: ACTIVE or WARNED. */
    public boolean enrolled(CreditCode creditCode) {
        return find(creditCode).map(e -> e.status() == EnterpriseStatus.ACTIVE || e.status() == EnterpriseStatus.WARNED)
                .orElse(false);
    }

    /** The public list: enrolled enterprises (ACTIVE, WARNED) within {@code region}, optionally of one status. */
    public List<EnterpriseView> enrolledIn(RegionCode region, EnterpriseStatus statusOrNull) {
        String status = statusOrNull == null ? null : statusOrNull.name();
        return jdbc.sql("""
                select * from odr_enterprise where status in ('ACTIVE', 'WARNED') and region like ?
                and (cast(? as varchar) is null or status = ?) order by active_since, credit_code limit 1000""")
                .params(Regions.prefix(region) + "%", status, status)
                .query((rs, row) -> view(rs)).list();
    }

    /** Every enrolled enterprise, for the dynamic evaluation. */
    public List<EnterpriseView> enrolled() {
        return jdbc.sql("select * from odr_enterprise where status in ('ACTIVE', 'WARNED') order by credit_code")
                .query((rs, row) -> view(rs)).list();
    }

    private static EnterpriseView view(ResultSet rs) throws SQLException {
        return new EnterpriseView(new CreditCode(rs.getString("credit_code")), rs.getString("name"),
                new RegionCode(rs.getString("region")), EnterpriseStatus.valueOf(rs.getString("status")),
                instant(rs, "applied_at"), instant(rs, "active_since"), instant(rs, "warned_at"), instant(rs, "exited_at"),
                rs.getString("last_reason"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
