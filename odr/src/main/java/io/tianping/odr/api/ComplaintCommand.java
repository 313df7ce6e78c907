package io.tianping.odr.api;

import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the 12315 intake, the enterprise, the regulator and the clock watch can do to a complaint. Constructors reject
 * malformed input with an {@link IllegalArgumentException} whose message starts with the field name; steps out of
 * order are refused by the complaint (an {@code OdrRuleViolated}, HTTP 409). Every time is given by the caller.
 */
public sealed interface ComplaintCommand {

    ComplaintId complaintId();

    /**
     * File a complaint received by the intake. It goes to the respondent when the consumer chose ODR and the
     * respondent is enrolled ({@code respondentEnrolled}: ACTIVE or WARNED), otherwise to the competent regulator.
     */
    record FileComplaint(@TargetAggregateIdentifier ComplaintId complaintId, Instant receivedAt, boolean odr,
                         Consumer consumer, Respondent respondent, ComplaintProduct product, String platform, String listingId,
                         Money amount, String claim, String facts, LocalDate harmKnownOn, boolean respondentEnrolled)
            implements ComplaintCommand {
        public FileComplaint {
            Checks.required("complaintId", complaintId);
            Checks.required("receivedAt", receivedAt);
            Checks.required("consumer", consumer);
            Checks.required("respondent", respondent);
            Checks.required("product", product);
            platform = Checks.optional(platform);
            listingId = Checks.optional(listingId);
            claim = Checks.text("claim", claim);
            facts = Checks.text("facts", facts);
        }
    }

    /** The enterprise records how its negotiation went: when, how, and the result, all required. */
    record RecordSettlement(@TargetAggregateIdentifier ComplaintId complaintId, CreditCode enterprise, Instant handledAt,
                            boolean settled, String method, String result) implements ComplaintCommand {
        public RecordSettlement {
            Checks.required("complaintId", complaintId);
            Checks.required("enterprise", enterprise);
            Checks.required("handledAt", handledAt);
            method = Checks.text("method", method);
            result = Checks.text("result", result);
        }
    }

    /** The clock watch: nothing was recorded by the enterprise's due day. Harmless when early or repeated. */
    record MarkComplaintOverdue(@TargetAggregateIdentifier ComplaintId complaintId, Instant at) implements ComplaintCommand {
        public MarkComplaintOverdue {
            Checks.required("complaintId", complaintId);
            Checks.required("at", at);
        }
    }

    /** The intake passes a complaint the enterprise did not settle (or let run out) to the competent regulator. */
    record EscalateComplaint(@TargetAggregateIdentifier ComplaintId complaintId, Instant escalatedAt) implements ComplaintCommand {
        public EscalateComplaint {
            Checks.required("complaintId", complaintId);
            Checks.required("escalatedAt", escalatedAt);
        }
    }

    /** The intake passes on whether the consumer is satisfied with the outcome. Once. */
    record RecordFeedback(@TargetAggregateIdentifier ComplaintId complaintId, boolean satisfied, Instant at) implements ComplaintCommand {
        public RecordFeedback {
            Checks.required("complaintId", complaintId);
            Checks.required("at", at);
        }
    }

    /** The regulator accepts the complaint: mediation starts, 45 working days. */
    record AcceptComplaint(@TargetAggregateIdentifier ComplaintId complaintId, Instant acceptedAt) implements ComplaintCommand {
        public AcceptComplaint {
            Checks.required("complaintId", complaintId);
            Checks.required("acceptedAt", acceptedAt);
        }
    }

    /** The regulator rejects the complaint on one art. 15 ground. */
    record RejectComplaint(@TargetAggregateIdentifier ComplaintId complaintId, RejectionGround ground, String reason,
                           Instant at) implements ComplaintCommand {
        public RejectComplaint {
            Checks.required("complaintId", complaintId);
            Checks.required("ground", ground);
            reason = Checks.optional(reason);
            Checks.required("at", at);
        }
    }

    /** A test or appraisal starts during mediation: the 45 working days stand still (art. 20). */
    record StartTestPause(@TargetAggregateIdentifier ComplaintId complaintId, String test, Instant at) implements ComplaintCommand {
        public StartTestPause {
            Checks.required("complaintId", complaintId);
            test = Checks.text("test", test);
            Checks.required("at", at);
        }
    }

    /** The test ended: the 45 working days run again, the due day moved by the working days it took. */
    record EndTestPause(@TargetAggregateIdentifier ComplaintId complaintId, Instant at) implements ComplaintCommand {
        public EndTestPause {
            Checks.required("complaintId", complaintId);
            Checks.required("at", at);
        }
    }

    /** The regulator records the end of mediation: an agreement (terms required) or none. */
    record RecordMediationResult(@TargetAggregateIdentifier ComplaintId complaintId, boolean agreed, String terms,
                                 Instant at) implements ComplaintCommand {
        public RecordMediationResult {
            Checks.required("complaintId", complaintId);
            terms = agreed ? Checks.text("terms", terms) : Checks.optional(terms);
            Checks.required("at", at);
        }
    }

    /** The clock watch: mediation passed its 45 working days without agreement and ends by itself. */
    record EndMediationAtTimeLimit(@TargetAggregateIdentifier ComplaintId complaintId, Instant at) implements ComplaintCommand {
        public EndMediationAtTimeLimit {
            Checks.required("complaintId", complaintId);
            Checks.required("at", at);
        }
    }

    /** The regulator found a violation in the complaint: a clue for enforcement in its region (art. 23). Once. */
    record RaiseComplaintClue(@TargetAggregateIdentifier ComplaintId complaintId, String note, Instant at) implements ComplaintCommand {
        public RaiseComplaintClue {
            Checks.required("complaintId", complaintId);
            note = Checks.optional(note);
            Checks.required("at", at);
        }
    }
}
