package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.AssistanceId;
import io.tianping.enforcement.api.CaseClock;
import io.tianping.enforcement.api.CaseEvent;
import io.tianping.enforcement.api.CaseEvent.*;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.CaseStage;
import io.tianping.enforcement.api.ClueSource;
import io.tianping.enforcement.api.Party;
import io.tianping.sharedkernel.RegionCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static io.tianping.enforcement.api.CaseClock.*;

/** One step of {@link CaseState#apply}: a working copy of the state, changed by one event, then frozen again. */
final class CaseFold {

    private final CaseState before;
    private CaseId caseId;
    private CaseStage stage;
    private ClueSource source;
    private String sourceRef;
    private Party party;
    private String product;
    private String description;
    private Instant raisedAt;
    private RegionCode competentRegion;
    private RegionCode leadRegion;
    private final Set<RegionCode> sharedRegions;
    private boolean filingExtended;
    private final List<Evidence> evidence;
    private final List<Assistance> assistance;
    private final List<Deadline> deadlines;
    private DecisionClock decisionClock;
    private Penalty penalty;
    private Publicity publicity;
    private PoliceTransfer police;

    CaseFold(CaseState s) {
        before = s;
        caseId = s.caseId();
        stage = s.stage();
        source = s.source();
        sourceRef = s.sourceRef();
        party = s.party();
        product = s.product();
        description = s.description();
        raisedAt = s.raisedAt();
        competentRegion = s.competentRegion();
        leadRegion = s.leadRegion();
        sharedRegions = new LinkedHashSet<>(s.sharedRegions());
        filingExtended = s.filingExtended();
        evidence = new ArrayList<>(s.evidence());
        assistance = new ArrayList<>(s.assistance());
        deadlines = new ArrayList<>(s.deadlines());
        decisionClock = s.decisionClock();
        penalty = s.penalty();
        publicity = s.publicity();
        police = s.police();
    }

    CaseState apply(CaseEvent event) {
        Instant at = switch (event) {
            case ClueRaised e -> {
                caseId = e.caseId();
                stage = CaseStage.CLUE;
                source = e.source();
                sourceRef = e.sourceRef();
                party = e.party();
                product = e.product();
                description = e.description();
                raisedAt = e.raisedAt();
                competentRegion = e.competentRegion();
                deadlines.add(Deadline.open(FILING_DECISION, null, e.filingDueOn()));
                yield e.raisedAt();
            }
            case ClueTransferred e -> {
                competentRegion = e.toRegion();
                sharedRegions.remove(e.toRegion());
                filingExtended = false;
                deadlines.removeIf(d -> d.is(FILING_DECISION, null));
                deadlines.add(Deadline.open(FILING_DECISION, null, e.filingDueOn()));
                yield e.at();
            }
            case FilingDecisionExtended e -> {
                filingExtended = true;
                update(FILING_DECISION, null, d -> d.dueOn(e.filingDueOn()));
                yield e.at();
            }
            case ClueNotFiled e -> {
                stage = CaseStage.NOT_FILED;
                update(FILING_DECISION, null, Deadline::met);
                endOpenClocks();
                yield e.at();
            }
            case CaseFiled e -> {
                stage = CaseStage.FILED;
                update(FILING_DECISION, null, Deadline::met);
                decisionClock = DecisionClock.startedOn(LegalClocks.day(e.at()));
                deadlines.add(Deadline.open(DECISION, null, e.decisionDueOn()));
                yield e.at();
            }
            case EvidenceAdded e -> {
                evidence.add(new Evidence(e.evidenceId(), e.description(), e.sha256(), e.suppliedByRegion(),
                        e.suppliedBy(), e.custody(), e.at()));
                if (stage == CaseStage.FILED) {
                    stage = CaseStage.INVESTIGATING;
                }
                yield e.at();
            }
            case EvidenceTransferred e -> {
                evidence.replaceAll(item -> item.id().equals(e.evidenceId()) ? item.transferredTo(e.toRegion(), e.at()) : item);
                yield e.at();
            }
            case AssistanceRequested e -> {
                assistance.add(new Assistance(e.assistanceId(), e.fromRegion(), e.toRegion(), e.request(), e.at(),
                        e.dueOn(), null, null, List.of()));
                if (!e.toRegion().equals(competentRegion)) {
                    sharedRegions.add(e.toRegion());
                }
                deadlines.add(Deadline.open(ASSISTANCE_ANSWER, e.assistanceId(), e.dueOn()));
                yield e.at();
            }
            case AssistanceAnswered e -> {
                assistance.replaceAll(r -> r.id().equals(e.assistanceId()) ? r.answered(e.answer(), e.at(), e.evidence()) : r);
                update(ASSISTANCE_ANSWER, e.assistanceId(), Deadline::met);
                yield e.at();
            }
            case JointCaseFormed e -> {
                sharedRegions.add(competentRegion);
                sharedRegions.addAll(e.participants());
                sharedRegions.remove(e.leadRegion());
                competentRegion = e.leadRegion();
                leadRegion = e.leadRegion();
                yield e.at();
            }
            case DecisionClockSuspended e -> {
                decisionClock = decisionClock.suspended(e.kind(), e.at());
                yield e.at();
            }
            case DecisionClockResumed e -> {
                decisionClock = decisionClock.resumed(e.pausedDays());
                update(DECISION, null, d -> d.dueOn(e.decisionDueOn()));
                yield e.at();
            }
            case DecisionDeadlineExtended e -> {
                decisionClock = decisionClock.extendedOnce();
                update(DECISION, null, d -> d.dueOn(e.decisionDueOn()));
                yield e.at();
            }
            case PenaltyProposed e -> {
                stage = CaseStage.PENALTY_PROPOSED;
                penalty = Penalty.proposed(e.fine(), e.grounds(), e.servedAt(), e.statementDueOn());
                deadlines.add(Deadline.open(STATEMENT, null, e.statementDueOn()));
                yield e.servedAt();
            }
            case StatementRecorded e -> {
                penalty = penalty.withStatement(e.statement(), e.hearingRequested(), e.at());
                update(STATEMENT, null, Deadline::met);
                yield e.at();
            }
            case PenaltyDecided e -> {
                stage = CaseStage.DECIDED;
                penalty = penalty.decided(e.fine(), e.seriousViolation(), e.decision(), e.at());
                update(DECISION, null, Deadline::met);
                update(STATEMENT, null, Deadline::ended);
                deadlines.add(Deadline.open(PUBLICITY, null, e.publicityDueOn()));
                yield e.at();
            }
            case PenaltyPublished e -> {
                stage = CaseStage.PUBLICIZED;
                publicity = new Publicity(e.minor(), e.at(), e.shownUntil());
                update(PUBLICITY, null, Deadline::met);
                yield e.at();
            }
            case CaseClosed e -> {
                stage = CaseStage.CLOSED;
                update(DECISION, null, Deadline::met); // closing without a penalty is the decision
                endOpenClocks();
                yield e.at();
            }
            case CrimeSuspected e -> {
                police = PoliceTransfer.suspected(e.reason(), e.at(), e.policeDecisionDueOn());
                deadlines.add(Deadline.open(POLICE_DECISION, null, e.policeDecisionDueOn()));
                yield e.at();
            }
            case CaseTransferredToPolice e -> {
                stage = CaseStage.TRANSFERRED_TO_POLICE;
                police = police.transferred(e.policeUnit(), e.decidedAt(), e.handedOverAt());
                update(POLICE_DECISION, null, Deadline::met);
                if (deadlines.stream().noneMatch(d -> d.is(POLICE_HANDOVER, null))) {
                    deadlines.add(Deadline.open(POLICE_HANDOVER, null, LegalClocks.day(LegalClocks.handOverDue(e.decidedAt()))));
                }
                update(POLICE_HANDOVER, null, Deadline::met);
                endOpenClocks();
                yield e.handedOverAt();
            }
            case CaseDeadlineMissed e -> {
                if (deadlines.stream().anyMatch(d -> d.is(e.clock(), e.assistanceId()))) {
                    update(e.clock(), e.assistanceId(), Deadline::markedMissed);
                } else { // the hand-over clock is only seen when the late hand-over is recorded
                    deadlines.add(Deadline.open(e.clock(), e.assistanceId(), e.dueOn()).markedMissed());
                }
                yield e.detectedAt();
            }
        };
        return new CaseState(caseId, stage, source, sourceRef, party, product, description, raisedAt, competentRegion,
                leadRegion, sharedRegions, filingExtended, evidence, assistance, deadlines, decisionClock, penalty,
                publicity, police, latest(at));
    }

    private void update(CaseClock clock, AssistanceId assistanceId, UnaryOperator<Deadline> change) {
        deadlines.replaceAll(d -> d.is(clock, assistanceId) ? change.apply(d) : d);
    }

    private void endOpenClocks() {
        deadlines.replaceAll(Deadline::ended);
    }

    private Instant latest(Instant at) {
        Instant previous = before.lastChangedAt();
        return previous == null || at.isAfter(previous) ? at : previous;
    }
}
