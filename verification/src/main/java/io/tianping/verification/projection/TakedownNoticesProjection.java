package io.tianping.verification.projection;

import io.tianping.sharedkernel.PlatformId;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.TakedownReason;
import io.tianping.verification.api.TakedownEvent.TakedownAcknowledged;
import io.tianping.verification.api.TakedownEvent.TakedownNoticeIssued;
import io.tianping.verification.api.TakedownEvent.TakedownNoticeOverdue;
import io.tianping.verification.api.TakedownNoticeId;
import io.tianping.verification.api.TakedownQuery.CertificateTakedownNotices;
import io.tianping.verification.api.TakedownQuery.ListCertificateTakedownNotices;
import io.tianping.verification.api.TakedownQuery.ListOverdueTakedownNotices;
import io.tianping.verification.api.TakedownQuery.ListTakedownNotices;
import io.tianping.verification.api.TakedownQuery.OverdueTakedownNotices;
import io.tianping.verification.api.TakedownQuery.PlatformOverdue;
import io.tianping.verification.api.TakedownQuery.TakedownNoticePage;
import io.tianping.verification.api.TakedownQuery.TakedownNoticeView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Table {@code takedown_notice}: the platforms' pull feed. Runs on one segment so {@code cursor_position} only grows
 * in commit order and a platform paging with {@code after} never skips a notice.
 */
@Component
@ProcessingGroup(TakedownNoticesProjection.GROUP)
public class TakedownNoticesProjection {

    public static final String GROUP = "verification-takedown-notices";

    private final JdbcClient jdbc;

    TakedownNoticesProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TakedownNoticeIssued e) {
        jdbc.sql("""
                insert into takedown_notice (id, platform, listing_id, certificate_number, reason, issued_at, due_by, status)
                values (?, ?, ?, ?, ?, ?, ?, 'ISSUED') on conflict (id) do nothing""")
                .params(e.id().value(), e.listing().platform().value(), e.listing().listingId(),
                        e.certificateNumber().value(), e.reason().name(), Timestamp.from(e.issuedAt()),
                        Timestamp.from(e.dueBy()))
                .update();
    }

    @EventHandler
    void on(TakedownAcknowledged e, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("update takedown_notice set status = 'ACKNOWLEDGED', acknowledged_at = ?, removed_at = ? where id = ?")
                .params(Timestamp.from(at), Timestamp.from(e.removedAt()), e.id().value())
                .update();
    }

    @EventHandler
    void on(TakedownNoticeOverdue e) {
        jdbc.sql("update takedown_notice set status = 'OVERDUE' where id = ? and status = 'ISSUED'")
                .param(e.id().value())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from takedown_notice").update();
    }

    @QueryHandler
    TakedownNoticePage handle(ListTakedownNotices query) {
        var items = jdbc.sql("select * from takedown_notice where platform = ? and cursor_position > ? order by cursor_position limit ?")
                .params(query.platform().value(), query.after(), query.limit())
                .query((rs, row) -> new Row(rs.getLong("cursor_position"), view(rs)))
                .list();
        long next = items.isEmpty() ? query.after() : items.getLast().cursor();
        return new TakedownNoticePage(items.stream().map(Row::view).toList(), next);
    }

    @QueryHandler
    OverdueTakedownNotices handle(ListOverdueTakedownNotices query) {
        String platform = query.platform() == null ? null : query.platform().value();
        var items = jdbc.sql("""
                select * from takedown_notice where status <> 'ACKNOWLEDGED' and due_by <= ?
                and (cast(? as varchar) is null or platform = ?) order by due_by limit 1000""")
                .params(Timestamp.from(query.now()), platform, platform)
                .query((rs, row) -> view(rs))
                .list();
        var byPlatform = jdbc.sql("""
                select platform, count(*) from takedown_notice where status <> 'ACKNOWLEDGED' and due_by <= ?
                and (cast(? as varchar) is null or platform = ?) group by platform order by count(*) desc, platform""")
                .params(Timestamp.from(query.now()), platform, platform)
                .query((rs, row) -> new PlatformOverdue(new PlatformId(rs.getString(1)), rs.getLong(2)))
                .list();
        return new OverdueTakedownNotices(byPlatform, items);
    }

    @QueryHandler
    CertificateTakedownNotices handle(ListCertificateTakedownNotices query) {
        var items = jdbc.sql("select * from takedown_notice where certificate_number = ? order by issued_at, id limit 1000")
                .param(query.number().value())
                .query((rs, row) -> view(rs))
                .list();
        return new CertificateTakedownNotices(query.number(), items);
    }

    private record Row(long cursor, TakedownNoticeView view) { }

    private static TakedownNoticeView view(ResultSet rs) throws SQLException {
        return new TakedownNoticeView(new TakedownNoticeId(rs.getString("id")), new PlatformId(rs.getString("platform")),
                rs.getString("listing_id"), new CertificateNumber(rs.getString("certificate_number")),
                TakedownReason.valueOf(rs.getString("reason")), instant(rs, "issued_at"), instant(rs, "due_by"),
                rs.getString("status"), instant(rs, "acknowledged_at"), instant(rs, "removed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
