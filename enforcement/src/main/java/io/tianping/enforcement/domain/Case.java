package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.AssistanceId;
import io.tianping.enforcement.api.CaseClock;
import io.tianping.enforcement.api.CaseCommand.*;
import io.tianping.enforcement.api.CaseEvent;
import io.tianping.enforcement.api.CaseEvent.*;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.Custody;
import io.tianping.enforcement.api.EvidenceId;
import io.tianping.enforcement.api.EvidenceItem;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.tianping.enforcement.api.CaseClock.*;
import static io.tianping.enforcement.api.CaseStage.*;
import static io.tianping.enforcement.domain.LegalClocks.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An enforcement case from the clue to its end (audit type {@code case}). The rules of order live in
 * {@link CaseGuard} and {@link ClockGuard}, the periods in {@link LegalClocks}; the state is the shared fold
 * {@link CaseState}.
 */
@Aggregate
class Case {

    @AggregateIdentifier
    private CaseId caseId;
    private CaseState state = CaseState.empty();

    Case() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RaiseClue c) {
        if (!state.isEmpty()) {
            return; // the same id again: ids are derived from the clue's source, so this is a redelivery
        }
        apply(new ClueRaised(c.caseId(), c.source(), c.sourceRef(), c.competentRegion(), c.party(), c.product(),
                c.description(), c.raisedAt(), filingDue(c.raisedAt())));
    }

    @CommandHandler
    void handle(TransferClue c) {
        guard().stage("have its clue transferred", CLUE).notWith(c.to());
        apply(new ClueTransferred(caseId, state.competentRegion(), c.to(), c.reason(), c.at(), filingDue(c.at())));
    }

    @CommandHandler
    void handle(ExtendFilingDecision c) {
        guard().stage("have its filing decision extended", CLUE);
        clocks().filingNotExtended().beforeDue(FILING_DECISION, c.at());
        LocalDate due = state.deadline(FILING_DECISION, null).orElseThrow().dueOn();
        apply(new FilingDecisionExtended(caseId, c.reason(), c.at(), filingDueExtended(due)));
    }

    @CommandHandler
    void handle(DecideNotToFile c) {
        guard().stage("be decided not to file", CLUE).noCrimePending();
        reportIfLate(FILING_DECISION, null, c.at());
        apply(new ClueNotFiled(caseId, state.competentRegion(), c.reason(), c.at()));
    }

    @CommandHandler
    void handle(FileCase c) {
        guard().stage("be filed", CLUE);
        reportIfLate(FILING_DECISION, null, c.at());
        apply(new CaseFiled(caseId, state.competentRegion(), c.reason(), c.at(), decisionDue(day(c.at()), false, 0)));
    }

    @CommandHandler
    void handle(AddEvidence c) {
        guard().stage("take evidence", FILED, INVESTIGATING, PENALTY_PROPOSED).newEvidence(c.evidenceId());
        apply(new EvidenceAdded(caseId, c.evidenceId(), c.description(), c.sha256(), c.suppliedByRegion(), c.suppliedBy(),
                List.of(new Custody(c.suppliedByRegion(), c.at())), c.at()));
    }

    @CommandHandler
    void handle(TransferEvidence c) {
        Evidence item = guard().existingEvidence(c.evidenceId(), c.toRegion());
        apply(new EvidenceTransferred(caseId, item.id(), item.sha256(), item.holder(), c.toRegion(), c.at()));
    }

    @CommandHandler
    void handle(RequestAssistance c) {
        guard().stage("request assistance", FILED, INVESTIGATING, PENALTY_PROPOSED).newAssistance(c.assistanceId()).notWith(c.toRegion());
        apply(new AssistanceRequested(caseId, c.assistanceId(), state.competentRegion(), c.toRegion(), c.request(), c.at(),
                assistanceDue(c.at())));
    }

    @CommandHandler
    void handle(AnswerAssistance c) {
        Assistance request = guard().notFinal("receive an assistance answer").openAssistance(c.assistanceId());
        List<Custody> custody = request.toRegion().equals(state.competentRegion()) // the helper may lead the case by now
                ? List.of(new Custody(request.toRegion(), c.at()))
                : List.of(new Custody(request.toRegion(), c.at()), new Custody(state.competentRegion(), c.at()));
        List<EvidenceId> ids = new ArrayList<>();
        for (int n = 1; n <= c.evidence().size(); n++) {
            ids.add(EvidenceId.fromAssistance(c.assistanceId(), n));
            guard().newEvidence(ids.getLast());
        }
        reportIfLate(ASSISTANCE_ANSWER, c.assistanceId(), c.at());
        apply(new AssistanceAnswered(caseId, c.assistanceId(), request.toRegion(), state.competentRegion(), c.answer(), ids, c.at()));
        for (int i = 0; i < ids.size(); i++) { // gathered by assistance: usable in the case directly
            EvidenceItem item = c.evidence().get(i);
            apply(new EvidenceAdded(caseId, ids.get(i), item.description(), item.sha256(), request.toRegion(),
                    "assistance " + c.assistanceId(), custody, c.at()));
        }
    }

    @CommandHandler
    void handle(FormJointCase c) {
        guard().stage("become a joint case", FILED, INVESTIGATING).notJoint().competentRegionTakesPart(c.lead(), c.participants());
        apply(new JointCaseFormed(caseId, c.lead(), c.participants(), c.at()));
    }

    @CommandHandler
    void handle(SuspendDecisionClock c) {
        guard().stage("have its decision clock suspended", FILED, INVESTIGATING, PENALTY_PROPOSED);
        clocks().decisionClockRunning();
        apply(new DecisionClockSuspended(caseId, c.kind(), c.at()));
    }

    @CommandHandler
    void handle(ResumeDecisionClock c) {
        guard().stage("have its decision clock resumed", FILED, INVESTIGATING, PENALTY_PROPOSED);
        clocks().clockSuspendedFor(c.kind(), c.at());
        DecisionClock clock = state.decisionClock();
        long days = suspendedDays(clock.pausedSince(), c.at());
        apply(new DecisionClockResumed(caseId, c.kind(), c.at(), days,
                decisionDue(clock.filedOn(), clock.extended(), clock.suspendedDays() + days)));
    }

    @CommandHandler
    void handle(ExtendDecisionDeadline c) {
        guard().stage("have its decision deadline extended", FILED, INVESTIGATING, PENALTY_PROPOSED);
        clocks().decisionNotExtended().beforeDue(DECISION, c.at());
        DecisionClock clock = state.decisionClock();
        apply(new DecisionDeadlineExtended(caseId, c.reason(), c.at(), decisionDue(clock.filedOn(), true, clock.suspendedDays())));
    }

    @CommandHandler
    void handle(ProposePenalty c) {
        guard().stage("have a penalty proposed (investigate and take evidence first)", INVESTIGATING);
        apply(new PenaltyProposed(caseId, state.competentRegion(), c.fine(), c.grounds(), c.servedAt(), statementDue(c.servedAt())));
    }

    @CommandHandler
    void handle(RecordStatement c) {
        guard().stage("record the party's statement", PENALTY_PROPOSED);
        clocks().statementInTime(c.at());
        apply(new StatementRecorded(caseId, c.statement(), c.hearingRequested(), c.at()));
    }

    @CommandHandler
    void handle(DecidePenalty c) {
        guard().stage("have its penalty decided", PENALTY_PROPOSED).notHeavierThanProposed(c.fine());
        clocks().decisionClockRunning().partyHeard(c.at());
        reportIfLate(DECISION, null, c.at());
        apply(new PenaltyDecided(caseId, state.competentRegion(), state.party(), c.fine(), c.seriousViolation(), c.decision(),
                c.at(), publicityDue(c.at())));
    }

    @CommandHandler
    void handle(PublishPenalty c) {
        guard().stage("have its penalty published", DECIDED);
        reportIfLate(PUBLICITY, null, c.at());
        Penalty penalty = state.penalty();
        apply(new PenaltyPublished(caseId, state.competentRegion(), state.party(), penalty.fine(), penalty.decision(),
                c.minor(), c.at(), shownUntil(c.at(), c.minor())));
    }

    @CommandHandler
    void handle(CloseCase c) {
        guard().stage("be closed (a clue is decided not to be filed; a decided penalty is published first)",
                FILED, INVESTIGATING, PENALTY_PROPOSED, PUBLICIZED).noCrimePending();
        reportIfLate(DECISION, null, c.at());
        apply(new CaseClosed(caseId, state.competentRegion(), c.reason(), c.at()));
    }

    @CommandHandler
    void handle(SuspectCrime c) {
        guard().notFinal("have a crime suspected").notYetSuspected();
        apply(new CrimeSuspected(caseId, state.competentRegion(), c.reason(), c.at(), policeDecisionDue(c.at())));
    }

    @CommandHandler
    void handle(TransferToPolice c) {
        guard().notFinal("be transferred to the police").suspectedBefore(c.decidedAt());
        reportIfLate(POLICE_DECISION, null, c.decidedAt());
        Instant handOverDue = handOverDue(c.decidedAt());
        if (c.handedOverAt().isAfter(handOverDue)) {
            apply(new CaseDeadlineMissed(caseId, state.competentRegion(), POLICE_HANDOVER, null, day(handOverDue),
                    c.handedOverAt()));
        }
        apply(new CaseTransferredToPolice(caseId, state.competentRegion(), c.policeUnit(), c.decidedAt(), c.handedOverAt()));
    }

    @CommandHandler
    void handle(CheckCaseClocks c) {
        if (state.stage().isFinal()) {
            return;
        }
        for (Deadline missed : state.newlyMissedAt(c.now())) {
            apply(new CaseDeadlineMissed(caseId, state.owingRegion(missed), missed.clock(), missed.assistanceId(),
                    missed.dueOn(), c.now()));
        }
    }

    /** A step taken after its clock ran out is still taken, but the miss is recorded first (once). */
    private void reportIfLate(CaseClock clock, AssistanceId assistanceId, Instant at) {
        state.deadline(clock, assistanceId)
                .filter(deadline -> deadline.isOpen() && !deadline.missed())
                .filter(deadline -> isPast(state.dueOnAt(deadline, at), at))
                .ifPresent(deadline -> apply(new CaseDeadlineMissed(caseId, state.owingRegion(deadline), clock, assistanceId,
                        state.dueOnAt(deadline, at), at)));
    }

    CaseState state() {
        return state;
    }

    private CaseGuard guard() {
        return new CaseGuard(state);
    }

    private ClockGuard clocks() {
        return new ClockGuard(state);
    }

    @EventSourcingHandler
    void on(CaseEvent event) {
        caseId = event.caseId();
        state = state.apply(event);
    }
}
