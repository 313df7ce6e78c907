package io.tianping.enforcement.web;

import io.tianping.enforcement.api.AssistanceId;
import io.tianping.enforcement.api.CaseClock;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.CaseStage;
import io.tianping.enforcement.api.ClockPause;
import io.tianping.enforcement.api.ClueSource;
import io.tianping.enforcement.api.Custody;
import io.tianping.enforcement.api.EvidenceId;
import io.tianping.enforcement.domain.Assistance;
import io.tianping.enforcement.domain.CaseState;
import io.tianping.enforcement.domain.Deadline;
import io.tianping.enforcement.domain.DeadlineStatus;
import io.tianping.enforcement.domain.DecisionClock;
import io.tianping.enforcement.domain.Evidence;
import io.tianping.enforcement.domain.Penalty;
import io.tianping.enforcement.domain.PoliceTransfer;
import io.tianping.enforcement.domain.Publicity;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A case as regulators and auditors read it: what its events left, step by step; a step's part is null until the
 * step happened. The fields are those the case state has (the domain's {@code CaseState} stays free to change).
 *
 * @param sharedRegions regions the case is shared with: those asked for assistance and joint-case participants
 * @param leadRegion    the lead of a joint case; null otherwise
 */
record CaseResponse(CaseId caseId, CaseStage stage, ClueSource source, String sourceRef, @Nullable CaseParty party, String product,
                    String description, Instant raisedAt, RegionCode competentRegion, @Nullable RegionCode leadRegion,
                    Set<RegionCode> sharedRegions, boolean filingExtended, List<CaseEvidence> evidence,
                    List<CaseAssistance> assistance, List<CaseDeadline> deadlines, @Nullable CaseDecisionClock decisionClock,
                    @Nullable CasePenalty penalty, @Nullable CasePublicity publicity, @Nullable CasePoliceTransfer police, Instant lastChangedAt) {

    /** The party the case is against. */
    record CaseParty(String name, CreditCode creditCode) { }

    /** An item of evidence: its digest never changes; {@code custody} lists every region that held it, in order. */
    record CaseEvidence(EvidenceId id, String description, String sha256, RegionCode suppliedByRegion, String suppliedBy,
                        List<Custody> custody, Instant addedAt) { }

    /** A request for assistance to another region; the answer's fields stay null while it is {@code open}. */
    record CaseAssistance(AssistanceId id, RegionCode fromRegion, RegionCode toRegion, String request, Instant requestedAt,
                          LocalDate dueOn, @Nullable String answer, @Nullable Instant answeredAt, List<EvidenceId> evidence, boolean open) { }

    /** One legal clock: {@code overdue} is open and reported missed; met and missed is met late. */
    record CaseDeadline(CaseClock clock, @Nullable AssistanceId assistanceId, LocalDate dueOn, DeadlineStatus status, boolean missed,
                        boolean open, boolean overdue) { }

    /** The 90-day clock from filing to decision, and a suspension running now ({@code pausedFor}, or null). */
    record CaseDecisionClock(LocalDate filedOn, boolean extended, long suspendedDays, @Nullable ClockPause pausedFor,
                             @Nullable Instant pausedSince, boolean suspended) { }

    /** The penalty: proposed, the party's statement, then the decision; later steps' fields stay null until then. */
    record CasePenalty(Money proposedFine, String grounds, Instant servedAt, LocalDate statementDueOn, @Nullable String statement,
                       boolean hearingRequested, @Nullable Instant statementAt, @Nullable Money fine, boolean seriousViolation, @Nullable String decision,
                       @Nullable Instant decidedAt, boolean decided) { }

    /** The published penalty, shown until {@code shownUntil}. */
    record CasePublicity(boolean minor, Instant publishedAt, LocalDate shownUntil) { }

    /** A suspected crime and its transfer to the police; the transfer's fields stay null until it is handed over. */
    record CasePoliceTransfer(String suspicion, Instant suspectedAt, LocalDate decisionDueOn, @Nullable String policeUnit,
                              @Nullable Instant decidedAt, @Nullable Instant handedOverAt, boolean transferred) { }

    static CaseResponse of(CaseState state) {
        return new CaseResponse(state.caseId(), state.stage(), state.source(), state.sourceRef(),
                state.party() == null ? null : new CaseParty(state.party().name(), state.party().creditCode()),
                state.product(), state.description(), state.raisedAt(), state.competentRegion(), state.leadRegion(),
                state.sharedRegions(), state.filingExtended(), state.evidence().stream().map(CaseResponse::evidence).toList(),
                state.assistance().stream().map(CaseResponse::assistance).toList(),
                state.deadlines().stream().map(CaseResponse::deadline).toList(), clock(state.decisionClock()),
                penalty(state.penalty()), publicity(state.publicity()), police(state.police()), state.lastChangedAt());
    }

    private static CaseEvidence evidence(Evidence e) {
        return new CaseEvidence(e.id(), e.description(), e.sha256(), e.suppliedByRegion(), e.suppliedBy(), e.custody(),
                e.addedAt());
    }

    private static CaseAssistance assistance(Assistance a) {
        return new CaseAssistance(a.id(), a.fromRegion(), a.toRegion(), a.request(), a.requestedAt(), a.dueOn(), a.answer(),
                a.answeredAt(), a.evidence(), a.isOpen());
    }

    private static CaseDeadline deadline(Deadline d) {
        return new CaseDeadline(d.clock(), d.assistanceId(), d.dueOn(), d.status(), d.missed(), d.isOpen(), d.isOverdue());
    }

    private static CaseDecisionClock clock(DecisionClock c) {
        return c == null ? null
                : new CaseDecisionClock(c.filedOn(), c.extended(), c.suspendedDays(), c.pausedFor(), c.pausedSince(),
                c.isSuspended());
    }

    private static CasePenalty penalty(Penalty p) {
        return p == null ? null
                : new CasePenalty(p.proposedFine(), p.grounds(), p.servedAt(), p.statementDueOn(), p.statement(),
                p.hearingRequested(), p.statementAt(), p.fine(), p.seriousViolation(), p.decision(), p.decidedAt(),
                p.isDecided());
    }

    private static CasePublicity publicity(Publicity p) {
        return p == null ? null : new CasePublicity(p.minor(), p.publishedAt(), p.shownUntil());
    }

    private static CasePoliceTransfer police(PoliceTransfer p) {
        return p == null ? null
                : new CasePoliceTransfer(p.suspicion(), p.suspectedAt(), p.decisionDueOn(), p.policeUnit(), p.decidedAt(),
                p.handedOverAt(), p.isTransferred());
    }
}
