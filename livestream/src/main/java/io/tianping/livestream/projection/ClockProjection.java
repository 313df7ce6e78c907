package io.tianping.livestream.projection;

import io.tianping.livestream.api.ClockKind;
import io.tianping.livestream.api.SubjectEvent.AccountRegistered;
import io.tianping.livestream.api.SubjectEvent.AccountVerified;
import io.tianping.livestream.api.SubjectEvent.ChangeReported;
import io.tianping.livestream.api.SubjectEvent.OperatorUnreachable;
import io.tianping.livestream.api.SubjectEvent.ReminderSent;
import io.tianping.livestream.api.SubjectId;
import io.tianping.livestream.domain.SubjectClocks;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Table {@code livestream_clock}: each account's open legal clocks (re-verification, change verification, reminder). */
@Component
@ProcessingGroup("livestream-clocks")
class ClockProjection {

    private final JdbcClient jdbc;

    ClockProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountRegistered e) {
        if (e.verifiedOn() != null) {
            open(e.subjectId(), e.platform().value(), e.account(), ClockKind.REVERIFICATION,
                    SubjectClocks.reverificationDue(e.verifiedOn()));
        }
    }

    @EventHandler
    void on(AccountVerified e) {
        open(e.subjectId(), e.platform().value(), e.account(), ClockKind.REVERIFICATION, e.nextDueOn());
        done(e.subjectId(), e.platform().value(), e.account(), ClockKind.CHANGE_VERIFICATION, e.verifiedOn());
    }

    @EventHandler
    void on(ChangeReported e) {
        open(e.subjectId(), e.platform().value(), e.account(), ClockKind.CHANGE_VERIFICATION, e.verificationDueOn());
    }

    @EventHandler
    void on(OperatorUnreachable e) {
        jdbc.sql("select platform, account from livestream_account where subject_id = ? and role = 'OPERATOR'")
                .param(e.subjectId().value())
                .query((rs, row) -> new String[]{rs.getString(1), rs.getString(2)})
                .list()
                .forEach(a -> open(e.subjectId(), a[0], a[1], ClockKind.UNREACHABLE_REMINDER, e.reminderDueOn()));
    }

    @EventHandler
    void on(ReminderSent e) {
        done(e.subjectId(), e.platform().value(), e.account(), ClockKind.UNREACHABLE_REMINDER, e.remindedOn());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from livestream_clock").update();
    }

    private void open(SubjectId id, String platform, String account, ClockKind kind, LocalDate dueOn) {
        jdbc.sql("""
                insert into livestream_clock (subject_id, platform, account, kind, due_on) values (?, ?, ?, ?, ?)
                on conflict (subject_id, platform, account, kind) do update set due_on = excluded.due_on, done_on = null""")
                .params(id.value(), platform, account, kind.name(), dueOn).update();
    }

    private void done(SubjectId id, String platform, String account, ClockKind kind, LocalDate on) {
        jdbc.sql("update livestream_clock set done_on = ? where subject_id = ? and platform = ? and account = ? and kind = ?")
                .params(on, id.value(), platform, account, kind.name()).update();
    }
}
