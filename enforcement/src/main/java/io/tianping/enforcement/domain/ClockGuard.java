package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.CaseClock;
import io.tianping.enforcement.api.ClockPause;

import java.time.Instant;

/** The rules of a case's clocks: extensions once and in time, suspensions, the party's time to speak. */
final class ClockGuard {

    private final CaseState state;

    ClockGuard(CaseState state) {
        this.state = state;
    }

    ClockGuard filingNotExtended() {
        if (state.filingExtended()) {
            throw refuse("the filing decision of case %s was already extended once; it is due on %s", state.caseId(),
                    state.deadline(CaseClock.FILING_DECISION, null).orElseThrow().dueOn());
        }
        return this;
    }

    ClockGuard decisionNotExtended() {
        if (state.decisionClock().extended()) {
            throw refuse("the decision deadline of case %s was already extended once; it is due on %s", state.caseId(),
                    state.decisionClock().dueOn());
        }
        return this;
    }

    /** An extension must be granted while the period still runs. */
    ClockGuard beforeDue(CaseClock clock, Instant at) {
        Deadline deadline = state.deadline(clock, null).orElseThrow();
        if (LegalClocks.isPast(state.dueOnAt(deadline, at), at)) {
            throw refuse("the %s period of case %s ended on %s; it can only be extended before it ends", clock,
                    state.caseId(), state.dueOnAt(deadline, at));
        }
        return this;
    }

    ClockGuard decisionClockRunning() {
        DecisionClock clock = state.decisionClock();
        if (clock.isSuspended()) {
            throw refuse("the decision clock of case %s is suspended for %s since %s; resume it first", state.caseId(),
                    clock.pausedFor(), clock.pausedSince());
        }
        return this;
    }

    ClockGuard clockSuspendedFor(ClockPause kind, Instant at) {
        DecisionClock clock = state.decisionClock();
        if (clock.pausedFor() != kind) {
            throw refuse("the decision clock of case %s is not suspended for %s (%s)", state.caseId(), kind,
                    clock.isSuspended() ? "it is suspended for " + clock.pausedFor() : "it is running");
        }
        if (at.isBefore(clock.pausedSince())) {
            throw refuse("the decision clock of case %s cannot resume at %s, before it was suspended at %s", state.caseId(), at, clock.pausedSince());
        }
        return this;
    }

    ClockGuard statementInTime(Instant at) {
        Penalty penalty = state.penalty();
        if (penalty.hasStatement()) {
            throw refuse("the party's statement in case %s was already recorded on %s", state.caseId(), penalty.statementAt());
        }
        if (at.isBefore(penalty.servedAt())) {
            throw refuse("a statement at %s comes before the notice of case %s was served at %s", at, state.caseId(), penalty.servedAt());
        }
        if (LegalClocks.isPast(penalty.statementDueOn(), at)) {
            throw refuse("the period for the party's statement or hearing request in case %s ended on %s", state.caseId(), penalty.statementDueOn());
        }
        return this;
    }

    /** The party keeps its right to state until the period ends, unless it has already spoken. */
    ClockGuard partyHeard(Instant at) {
        Penalty penalty = state.penalty();
        if (!penalty.hasStatement() && !LegalClocks.isPast(penalty.statementDueOn(), at)) {
            throw refuse("the party in case %s may state its case or ask for a hearing until %s; decide after that", state.caseId(),
                    penalty.statementDueOn());
        }
        return this;
    }

    private static EnforcementRuleViolated refuse(String message, Object... args) {
        return EnforcementRuleViolated.because(message, args);
    }
}
