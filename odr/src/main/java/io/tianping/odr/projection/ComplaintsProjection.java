package io.tianping.odr.projection;

import io.tianping.odr.api.ComplaintEvent.*;
import io.tianping.odr.domain.ComplaintClocks;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Table {@code odr_complaint}: one row per complaint with its stage, the due day of its current clock
 * ({@code due_by}), and what scorecards and statistics count. Read through {@link ComplaintReads}.
 */
@Component
@ProcessingGroup(ComplaintsProjection.GROUP)
class ComplaintsProjection {

    static final String GROUP = "odr-complaints";

    private final JdbcClient jdbc;

    ComplaintsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ComplaintFiled e, @org.axonframework.eventhandling.Timestamp Instant at) {
        String stage = e.route().name().equals("ENTERPRISE") ? "WITH_ENTERPRISE" : "AWAITING_ACCEPTANCE";
        jdbc.sql("""
                insert into odr_complaint (complaint_id, received_at, received_on, odr, consumer_name, consumer_phone,
                  respondent_name, respondent_credit_code, region, product_name, catalogue_code, model, platform, listing_id,
                  amount, claim, facts, harm_known_on, first_route, route, stage, due_by, enterprise_due_by, last_changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (complaint_id) do nothing""")
                .params(e.complaintId().value(), Timestamp.from(e.receivedAt()), Date.valueOf(ComplaintClocks.day(e.receivedAt())),
                        e.odr(), e.consumer().name(), e.consumer().phone(), e.respondent().name(),
                        e.respondent().creditCode().value(), e.region().value(), e.product().name(),
                        e.product().catalogueCode() == null ? null : e.product().catalogueCode().value(),
                        e.product().model(),
                        e.platform(), e.listingId(), e.amount() == null ? null : e.amount().amount(), e.claim(), e.facts(),
                        date(e.harmKnownOn()), e.route().name(), e.route().name(), stage, date(e.dueBy()),
                        e.route().name().equals("ENTERPRISE") ? date(e.dueBy()) : null, Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(SettlementRecorded e, @org.axonframework.eventhandling.Timestamp Instant at) {
        update(e.complaintId().value(), at, """
                stage = ?, due_by = null, handled_at = ?, settled = ?, method = ?, result = ?, working_days = ?, on_time = ?""",
                e.settled() ? "SETTLED_BY_ENTERPRISE" : "NOT_SETTLED_BY_ENTERPRISE", Timestamp.from(e.handledAt()),
                e.settled(), e.method(), e.result(), e.workingDays(), e.onTime());
    }

    @EventHandler
    void on(ComplaintOverdue e, @org.axonframework.eventhandling.Timestamp Instant at) {
        update(e.complaintId().value(), at, "stage = 'OVERDUE_AT_ENTERPRISE', due_by = null, overdue_at_enterprise = true, on_time = false");
    }

    @EventHandler
    void on(ComplaintEscalated e, @org.axonframework.eventhandling.Timestamp Instant at) {
        update(e.complaintId().value(), at, "stage = 'AWAITING_ACCEPTANCE', route = 'REGULATOR', due_by = ?, escalated_at = ?",
                date(e.acceptanceDueBy()), Timestamp.from(e.escalatedAt()));
    }

    @EventHandler
    void on(FeedbackRecorded e, @org.axonframework.eventhandling.Timestamp Instant at) {
        update(e.complaintId().value(), at, "satisfied = ?", e.satisfied());
    }

    @EventHandler
    void on(ComplaintAccepted e, @org.axonframework.eventhandling.Timestamp Instant at) {
        update(e.complaintId().value(), at, "stage = 'IN_MEDIATION', due_by = ?, mediation_due_by = ?, accepted_at = ?",
                date(e.mediationDueBy()), date(e.mediationDueBy()), Timestamp.from(e.acceptedAt()));
    }

    @EventHandler
    void on(ComplaintRejected e, @org.axonframework.eventhandling.Timestamp Instant at) {
        update(e.complaintId().value(), at, "stage = 'REJECTED', due_by = null, rejection_ground = ?, outcome = ?",
                e.ground().name(), e.reason());
    }

    @EventHandler
    void on(TestPauseStarted e, @org.axonframework.eventhandling.Timestamp Instant at) {
        update(e.complaintId().value(), at, "paused = true");
    }

    @EventHandler
    void on(TestPauseEnded e, @org.axonframework.eventhandling.Timestamp Instant at) {
        update(e.complaintId().value(), at, "paused = false, due_by = ?, mediation_due_by = ?",
                date(e.mediationDueBy()), date(e.mediationDueBy()));
    }

    @EventHandler
    void on(MediationAgreed e, @org.axonframework.eventhandling.Timestamp Instant at) {
        update(e.complaintId().value(), at, "stage = 'AGREED', due_by = null, outcome = ?", e.terms());
    }

    @EventHandler
    void on(MediationTerminated e, @org.axonframework.eventhandling.Timestamp Instant at) {
        update(e.complaintId().value(), at, "stage = 'TERMINATED', due_by = null, outcome = ?, notice_due_by = ?",
                e.end().name() + (e.note() == null ? "" : ": " + e.note()), date(e.noticeDueBy()));
    }

    @EventHandler
    void on(ComplaintClueRaised e, @org.axonframework.eventhandling.Timestamp Instant at) {
        update(e.complaintId().value(), at, "clue_raised_at = ?", Timestamp.from(e.at()));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from odr_complaint").update();
    }

    private void update(String id, Instant at, String set, Object... params) {
        Object[] all = new Object[params.length + 2];
        System.arraycopy(params, 0, all, 0, params.length);
        all[params.length] = Timestamp.from(at);
        all[params.length + 1] = id;
        jdbc.sql("update odr_complaint set " + set + ", last_changed_at = ? where complaint_id = ?").params(all).update();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
