package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.ClockPause;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The 90-day clock from filing to the penalty decision: +30 days once extended, plus the days it stood still for a
 * hearing, testing or appraisal.
 *
 * @param suspendedDays days of suspensions already ended
 * @param pausedFor     the suspension running now, or null
 * @param pausedSince   when it started, or null
 */
public record DecisionClock(LocalDate filedOn, boolean extended, long suspendedDays, ClockPause pausedFor, Instant pausedSince) {

    static DecisionClock startedOn(LocalDate filedOn) {
        return new DecisionClock(filedOn, false, 0, null, null);
    }

    public boolean isSuspended() {
        return pausedFor != null;
    }

    /** The due date counting only suspensions that have ended. */
    public LocalDate dueOn() {
        return LegalClocks.decisionDue(filedOn, extended, suspendedDays);
    }

    /** The due date as it stands at {@code now}: a running suspension pushes it back day by day. */
    public LocalDate dueOnAt(Instant now) {
        return isSuspended() ? dueOn().plusDays(LegalClocks.suspendedDays(pausedSince, now)) : dueOn();
    }

    DecisionClock suspended(ClockPause kind, Instant at) {
        return new DecisionClock(filedOn, extended, suspendedDays, kind, at);
    }

    DecisionClock resumed(long days) {
        return new DecisionClock(filedOn, extended, suspendedDays + days, null, null);
    }

    DecisionClock extendedOnce() {
        return new DecisionClock(filedOn, true, suspendedDays, pausedFor, pausedSince);
    }
}
