package io.tianping.odr.domain;

import io.tianping.odr.api.ComplaintCommand.*;
import io.tianping.odr.api.ComplaintEvent.*;
import io.tianping.odr.api.ComplaintId;
import io.tianping.odr.api.ComplaintRoute;
import io.tianping.odr.api.ComplaintStage;
import io.tianping.odr.api.ComplaintStep;
import io.tianping.odr.api.MediationEnd;
import io.tianping.odr.api.ComplaintProduct;
import io.tianping.odr.api.Respondent;
import io.tianping.sharedkernel.RegionCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;

import static io.tianping.odr.api.ComplaintStage.*;
import static io.tianping.odr.domain.ComplaintClocks.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A consumer complaint from its filing by the 12315 intake to its end (audit type {@code complaint}): negotiated by an
 * ODR enterprise within 10 working days, or handled by the competent regulator (accepted or rejected within 7,
 * mediated within 45, test time excluded). Every refusal names the rule it keeps.
 */
@Aggregate
class Complaint {

    @AggregateIdentifier
    private ComplaintId id;
    private ComplaintStage stage;
    private Respondent respondent;
    private ComplaintProduct product;
    private String facts;
    private RegionCode region;
    private Instant receivedAt;
    private LocalDate enterpriseDueBy;
    private LocalDate acceptanceDueBy;
    private LocalDate mediationDueBy;
    private Instant pausedAt;
    private boolean feedbackGiven;
    private boolean clueRaised;
    private ComplaintRoute route;
    private LocalDate noticeDueBy;

    Complaint() {
        // for Axon
    }

    @CommandHandler
    Complaint(FileComplaint c) {
        var routing = ComplaintRouting.of(c.odr(), c.respondentEnrolled(), c.respondent(), c.receivedAt());
        apply(new ComplaintFiled(c.complaintId(), c.receivedAt(), c.odr(), c.consumer(), c.respondent(), c.product(),
                c.platform(), c.listingId(), c.amount(), c.claim(), c.facts(), c.harmKnownOn(), routing.route(),
                routing.region(), routing.dueBy()));
    }

    @CommandHandler
    ComplaintStep handle(RecordSettlement c) {
        if (!c.enterprise().equals(respondent.creditCode())) {
            throw new ComplaintNotFound(id);
        }
        require("have a settlement recorded: the enterprise records its negotiation once, before any escalation",
                WITH_ENTERPRISE, OVERDUE_AT_ENTERPRISE);
        if (c.handledAt().isBefore(receivedAt)) {
            throw OdrRuleViolated.because("handledAt %s is before the complaint was received (%s)", c.handledAt(), receivedAt);
        }
        boolean onTime = stage == WITH_ENTERPRISE && !isPast(enterpriseDueBy, c.handledAt());
        apply(new SettlementRecorded(id, c.enterprise(), c.handledAt(), c.settled(), c.method(), c.result(),
                workingDaysBetween(receivedAt, c.handledAt()), onTime));
        return step();
    }

    @CommandHandler
    ComplaintStep handle(MarkComplaintOverdue c) {
        if (stage == WITH_ENTERPRISE && isPast(enterpriseDueBy, c.at())) {
            apply(new ComplaintOverdue(id, respondent.creditCode(), enterpriseDueBy, c.at()));
        } // early, late or twice: only the first real miss counts
        return step();
    }

    @CommandHandler
    ComplaintStep handle(EscalateComplaint c) {
        if (stage == WITH_ENTERPRISE && isPast(enterpriseDueBy, c.escalatedAt())) {
            apply(new ComplaintOverdue(id, respondent.creditCode(), enterpriseDueBy, c.escalatedAt()));
        }
        if (stage == WITH_ENTERPRISE) {
            throw OdrRuleViolated.because("complaint %s is with the enterprise until %s: it can be escalated only when not "
                    + "settled or overdue", id, enterpriseDueBy);
        }
        require("be escalated: only a complaint the enterprise did not settle, or let run out, goes to the regulator",
                NOT_SETTLED_BY_ENTERPRISE, OVERDUE_AT_ENTERPRISE);
        apply(new ComplaintEscalated(id, region, c.escalatedAt(), acceptanceDue(c.escalatedAt())));
        return step();
    }

    @CommandHandler
    ComplaintStep handle(RecordFeedback c) {
        require("have feedback: the consumer answers once the enterprise or the regulator has an outcome",
                SETTLED_BY_ENTERPRISE, NOT_SETTLED_BY_ENTERPRISE, AGREED, TERMINATED, REJECTED);
        if (feedbackGiven) {
            throw OdrRuleViolated.because("complaint %s already has the consumer's feedback: it is given once", id);
        }
        apply(new FeedbackRecorded(id, c.satisfied(), c.at()));
        return step();
    }

    @CommandHandler
    ComplaintStep handle(AcceptComplaint c) {
        require("be accepted: the regulator accepts or rejects a complaint once, after it reached it", AWAITING_ACCEPTANCE);
        apply(new ComplaintAccepted(id, c.acceptedAt(), mediationDue(c.acceptedAt()), isPast(acceptanceDueBy, c.acceptedAt())));
        return step();
    }

    @CommandHandler
    ComplaintStep handle(RejectComplaint c) {
        require("be rejected: the regulator accepts or rejects a complaint once, after it reached it", AWAITING_ACCEPTANCE);
        apply(new ComplaintRejected(id, c.ground(), c.reason(), c.at()));
        return step();
    }

    @CommandHandler
    ComplaintStep handle(StartTestPause c) {
        require("pause for a test: only a mediation pauses", IN_MEDIATION);
        if (pausedAt != null) {
            throw OdrRuleViolated.because("complaint %s is already paused for a test since %s", id, pausedAt);
        }
        apply(new TestPauseStarted(id, c.test(), c.at()));
        return step();
    }

    @CommandHandler
    ComplaintStep handle(EndTestPause c) {
        require("end a test pause", IN_MEDIATION);
        if (pausedAt == null) {
            throw OdrRuleViolated.because("complaint %s is not paused for a test", id);
        }
        int paused = workingDaysBetween(pausedAt, c.at());
        apply(new TestPauseEnded(id, c.at(), paused, extendBy(mediationDueBy, paused)));
        return step();
    }

    @CommandHandler
    ComplaintStep handle(RecordMediationResult c) {
        require("have a mediation result: only a mediation in progress ends", IN_MEDIATION);
        if (c.agreed()) {
            apply(new MediationAgreed(id, c.terms(), c.at()));
        } else {
            apply(new MediationTerminated(id, MediationEnd.NO_AGREEMENT, c.terms(), c.at(), terminationNoticeDue(day(c.at()))));
        }
        return step();
    }

    @CommandHandler
    ComplaintStep handle(EndMediationAtTimeLimit c) {
        if (stage == IN_MEDIATION && pausedAt == null && isPast(mediationDueBy, c.at())) {
            apply(new MediationTerminated(id, MediationEnd.TIME_LIMIT, "45 working days from acceptance passed without agreement",
                    c.at(), terminationNoticeDue(mediationDueBy)));
        }
        return step();
    }

    @CommandHandler
    ComplaintStep handle(RaiseComplaintClue c) {
        require("raise a clue: a clue comes from a complaint the regulator has", AWAITING_ACCEPTANCE, IN_MEDIATION, AGREED,
                TERMINATED, REJECTED);
        if (clueRaised) {
            throw OdrRuleViolated.because("complaint %s has already raised a clue: enforcement opens one case per complaint", id);
        }
        apply(new ComplaintClueRaised(id, region, respondent, product, facts, c.note(), c.at()));
        return step();
    }

    private ComplaintStep step() {
        LocalDate dueBy = switch (stage) {
            case WITH_ENTERPRISE -> enterpriseDueBy;
            case AWAITING_ACCEPTANCE -> acceptanceDueBy;
            case IN_MEDIATION -> pausedAt == null ? mediationDueBy : null;
            case TERMINATED -> noticeDueBy;
            default -> null;
        };
        return new ComplaintStep(id, stage, route, region, dueBy);
    }

    private void require(String what, ComplaintStage... allowed) {
        for (ComplaintStage s : allowed) {
            if (s == stage) {
                return;
            }
        }
        throw OdrRuleViolated.because("complaint %s is %s and cannot %s", id, stage, what);
    }

    @EventSourcingHandler
    void on(ComplaintFiled e) {
        id = e.complaintId();
        respondent = e.respondent();
        product = e.product();
        facts = e.facts();
        region = e.region();
        receivedAt = e.receivedAt();
        route = e.route();
        if (e.route() == ComplaintRoute.ENTERPRISE) {
            stage = WITH_ENTERPRISE;
            enterpriseDueBy = e.dueBy();
        } else {
            stage = AWAITING_ACCEPTANCE;
            acceptanceDueBy = e.dueBy();
        }
    }

    @EventSourcingHandler
    void on(SettlementRecorded e) {
        stage = e.settled() ? SETTLED_BY_ENTERPRISE : NOT_SETTLED_BY_ENTERPRISE;
    }

    @EventSourcingHandler
    void on(ComplaintOverdue e) {
        stage = OVERDUE_AT_ENTERPRISE;
    }

    @EventSourcingHandler
    void on(ComplaintEscalated e) {
        stage = AWAITING_ACCEPTANCE;
        route = ComplaintRoute.REGULATOR;
        acceptanceDueBy = e.acceptanceDueBy();
    }

    @EventSourcingHandler
    void on(FeedbackRecorded e) {
        feedbackGiven = true;
    }

    @EventSourcingHandler
    void on(ComplaintAccepted e) {
        stage = IN_MEDIATION;
        mediationDueBy = e.mediationDueBy();
    }

    @EventSourcingHandler
    void on(ComplaintRejected e) {
        stage = REJECTED;
    }

    @EventSourcingHandler
    void on(TestPauseStarted e) {
        pausedAt = e.at();
    }

    @EventSourcingHandler
    void on(TestPauseEnded e) {
        pausedAt = null;
        mediationDueBy = e.mediationDueBy();
    }

    @EventSourcingHandler
    void on(MediationAgreed e) {
        stage = AGREED;
    }

    @EventSourcingHandler
    void on(MediationTerminated e) {
        stage = TERMINATED;
        noticeDueBy = e.noticeDueBy();
    }

    @EventSourcingHandler
    void on(ComplaintClueRaised e) {
        clueRaised = true;
    }
}
