package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.AssistanceId;
import io.tianping.enforcement.api.CaseClock;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One legal clock of a case. {@code missed} says a {@code CaseDeadlineMissed} was recorded: open and missed is
 * overdue; met and missed is met late.
 *
 * @param assistanceId the request, for {@link CaseClock#ASSISTANCE_ANSWER}; otherwise null
 * @param dueOn        the last day allowed, China time (for the decision, before any suspension still running)
 */
public record Deadline(CaseClock clock, AssistanceId assistanceId, LocalDate dueOn, DeadlineStatus status, boolean missed) {

    static Deadline open(CaseClock clock, AssistanceId assistanceId, LocalDate dueOn) {
        return new Deadline(clock, assistanceId, dueOn, DeadlineStatus.OPEN, false);
    }

    public boolean isOpen() {
        return status == DeadlineStatus.OPEN;
    }

    /** Open and already reported missed: what a region's overdue list shows. */
    public boolean isOverdue() {
        return isOpen() && missed;
    }

    boolean is(CaseClock clock, AssistanceId assistanceId) {
        return this.clock == clock && Objects.equals(this.assistanceId, assistanceId);
    }

    Deadline dueOn(LocalDate newDueOn) {
        return new Deadline(clock, assistanceId, newDueOn, status, missed);
    }

    Deadline met() {
        return isOpen() ? new Deadline(clock, assistanceId, dueOn, DeadlineStatus.MET, missed) : this;
    }

    Deadline ended() {
        return isOpen() ? new Deadline(clock, assistanceId, dueOn, DeadlineStatus.ENDED, missed) : this;
    }

    Deadline markedMissed() {
        return new Deadline(clock, assistanceId, dueOn, status, true);
    }
}
