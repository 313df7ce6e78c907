package io.tianping.enforcement.api;

import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.RegionCode;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What happened to an enforcement case. Each event carries what a read model needs without reading other tables:
 * the case id, the region where it changes, and the due date of any clock it starts. Due dates are the last day
 * allowed, in China time. Stored in the event store: never rename or move one without an upcaster.
 */
public sealed interface CaseEvent {

    CaseId caseId();

    /** A clue came in; {@code competentRegion} must decide whether to file by {@code filingDueOn}. */
    @Revision("1")
    record ClueRaised(CaseId caseId, ClueSource source, String sourceRef, RegionCode competentRegion, Party party,
                      String product, String description, Instant raisedAt, LocalDate filingDueOn) implements CaseEvent {
    }

    /** The clue now belongs to {@code toRegion}, whose own 15 WD run to {@code filingDueOn}. */
    @Revision("1")
    record ClueTransferred(CaseId caseId, RegionCode fromRegion, RegionCode toRegion, String reason, Instant at,
                           LocalDate filingDueOn) implements CaseEvent {
    }

    /** The filing decision is now due on {@code filingDueOn} (15 WD later than before). */
    @Revision("1")
    record FilingDecisionExtended(CaseId caseId, String reason, Instant at, LocalDate filingDueOn) implements CaseEvent {
    }

    /** {@code region} decided not to file a case on the clue. Final. */
    @Revision("1")
    record ClueNotFiled(CaseId caseId, RegionCode region, String reason, Instant at) implements CaseEvent {
    }

    /** {@code region} filed a case; the penalty decision is due by {@code decisionDueOn}. */
    @Revision("1")
    record CaseFiled(CaseId caseId, RegionCode region, String reason, Instant at, LocalDate decisionDueOn) implements CaseEvent {
    }

    /** An item of evidence joined the case; {@code custody} is its chain so far, the last link holding it now. */
    @Revision("1")
    record EvidenceAdded(CaseId caseId, EvidenceId evidenceId, String description, String sha256,
                         RegionCode suppliedByRegion, String suppliedBy, List<Custody> custody, Instant at)
            implements CaseEvent {
    }

    /** The item moved from {@code fromRegion}'s to {@code toRegion}'s custody, its digest unchanged. */
    @Revision("1")
    record EvidenceTransferred(CaseId caseId, EvidenceId evidenceId, String sha256, RegionCode fromRegion,
                               RegionCode toRegion, Instant at) implements CaseEvent {
    }

    /** {@code fromRegion} asked {@code toRegion} for assistance; {@code toRegion} now shares the case and answers by {@code dueOn}. */
    @Revision("1")
    record AssistanceRequested(CaseId caseId, AssistanceId assistanceId, RegionCode fromRegion, RegionCode toRegion,
                               String request, Instant at, LocalDate dueOn) implements CaseEvent {
    }

    /**
     * {@code fromRegion} answered {@code toRegion}'s request; the items it gathered follow as {@link EvidenceAdded}
     * events with the ids listed here.
     */
    @Revision("1")
    record AssistanceAnswered(CaseId caseId, AssistanceId assistanceId, RegionCode fromRegion, RegionCode toRegion,
                              String answer, List<EvidenceId> evidence, Instant at) implements CaseEvent {
    }

    /** A joint case: {@code leadRegion} runs and owns it; the participants share it. */
    @Revision("1")
    record JointCaseFormed(CaseId caseId, RegionCode leadRegion, Set<RegionCode> participants, Instant at) implements CaseEvent {
    }

    /** The decision clock stopped for a hearing, testing or appraisal. */
    @Revision("1")
    record DecisionClockSuspended(CaseId caseId, ClockPause kind, Instant at) implements CaseEvent {
    }

    /** The decision clock runs again; {@code pausedDays} were added, so the decision is now due by {@code decisionDueOn}. */
    @Revision("1")
    record DecisionClockResumed(CaseId caseId, ClockPause kind, Instant at, long pausedDays, LocalDate decisionDueOn)
            implements CaseEvent {
    }

    /** The decision deadline moved 30 days, to {@code decisionDueOn}. */
    @Revision("1")
    record DecisionDeadlineExtended(CaseId caseId, String reason, Instant at, LocalDate decisionDueOn) implements CaseEvent {
    }

    /** The notice of proposed penalty was served; the party may state or ask for a hearing by {@code statementDueOn}. */
    @Revision("1")
    record PenaltyProposed(CaseId caseId, RegionCode region, Money fine, String grounds, Instant servedAt,
                           LocalDate statementDueOn) implements CaseEvent {
    }

    /** The party stated its case, or asked for a hearing. */
    @Revision("1")
    record StatementRecorded(CaseId caseId, String statement, boolean hearingRequested, Instant at) implements CaseEvent {
    }

    /** The penalty was decided; it must be published by {@code publicityDueOn}. */
    @Revision("1")
    record PenaltyDecided(CaseId caseId, RegionCode region, Party party, Money fine, boolean seriousViolation,
                          String decision, Instant at, LocalDate publicityDueOn) implements CaseEvent {
    }

    /** The penalty was published, to be shown until {@code shownUntil} (3 months if minor, else 3 years). */
    @Revision("1")
    record PenaltyPublished(CaseId caseId, RegionCode region, Party party, Money fine, String decision, boolean minor,
                            Instant at, LocalDate shownUntil) implements CaseEvent {
    }

    /** The case was closed. Final. */
    @Revision("1")
    record CaseClosed(CaseId caseId, RegionCode region, String reason, Instant at) implements CaseEvent {
    }

    /** A crime is suspected: the decision to transfer to the police is due by {@code policeDecisionDueOn}. */
    @Revision("1")
    record CrimeSuspected(CaseId caseId, RegionCode region, String reason, Instant at, LocalDate policeDecisionDueOn)
            implements CaseEvent {
    }

    /** The case went to the police. Final for the administrative procedure; a fine already decided does not replace it. */
    @Revision("1")
    record CaseTransferredToPolice(CaseId caseId, RegionCode region, String policeUnit, Instant decidedAt,
                                   Instant handedOverAt) implements CaseEvent {
    }

    /**
     * A clock ran out before its step was taken (reported once per clock). {@code region} is the region that owes the
     * step: the assisting region for {@link CaseClock#ASSISTANCE_ANSWER}, otherwise the case's competent region.
     *
     * @param assistanceId the request, for {@link CaseClock#ASSISTANCE_ANSWER}; otherwise null
     * @param dueOn        the last day allowed (for the 24-hour hand-over, the China date of its due time)
     */
    @Revision("1")
    record CaseDeadlineMissed(CaseId caseId, RegionCode region, CaseClock clock, AssistanceId assistanceId,
                              LocalDate dueOn, Instant detectedAt) implements CaseEvent {
    }
}
