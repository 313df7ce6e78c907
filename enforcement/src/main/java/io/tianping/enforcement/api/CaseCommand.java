package io.tianping.enforcement.api;

import static io.tianping.sharedkernel.Fields.required;
import static io.tianping.sharedkernel.Fields.text;

import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.RegionCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What regulators (and the processes reacting to other modules) can do to an enforcement case, from the clue to its
 * end. Constructors reject malformed input with an {@link IllegalArgumentException} whose message starts with the
 * field name ({@code "sha256: …"}); steps out of order or late are refused by the case (an
 * {@code EnforcementRuleViolated}, HTTP 409). Every time is given by the caller: the case never reads a clock.
 */
public sealed interface CaseCommand {

    CaseId caseId();

    /**
     * Raise a clue; its region must decide whether to file a case within 15 WD. Raising an existing id again changes
     * nothing, so reactions may use deterministic ids ({@link CaseId#of(String, String)}).
     *
     * @param sourceRef what the clue refers to at its source (a notice id, a sample id, a complaint number)
     */
    record RaiseClue(@TargetAggregateIdentifier CaseId caseId, ClueSource source, RegionCode competentRegion,
                     Party party, String product, String description, String sourceRef, Instant raisedAt)
            implements CaseCommand {
        public RaiseClue {
            required("caseId", caseId);
            required("source", source);
            required("competentRegion", competentRegion);
            required("party", party);
            product = text("product", product);
            description = text("description", description);
            sourceRef = text("sourceRef", sourceRef);
            required("raisedAt", raisedAt);
        }
    }

    /** Hand a clue to the competent region {@code to}, which then owns it; its 15 WD start again on receipt. */
    record TransferClue(@TargetAggregateIdentifier CaseId caseId, RegionCode to, String reason, Instant at) implements CaseCommand {
        public TransferClue {
            required("caseId", caseId);
            required("to", to);
            reason = text("reason", reason);
            required("at", at);
        }
    }

    /** Take 15 more WD to decide whether to file; once, before the first 15 WD end. */
    record ExtendFilingDecision(@TargetAggregateIdentifier CaseId caseId, String reason, Instant at) implements CaseCommand {
        public ExtendFilingDecision {
            required("caseId", caseId);
            reason = text("reason", reason);
            required("at", at);
        }
    }

    /** Decide not to file a case on the clue. Final. */
    record DecideNotToFile(@TargetAggregateIdentifier CaseId caseId, String reason, Instant at) implements CaseCommand {
        public DecideNotToFile {
            required("caseId", caseId);
            reason = text("reason", reason);
            required("at", at);
        }
    }

    /** File a case (立案): the 90-day decision clock starts. */
    record FileCase(@TargetAggregateIdentifier CaseId caseId, String reason, Instant at) implements CaseCommand {
        public FileCase {
            required("caseId", caseId);
            reason = text("reason", reason);
            required("at", at);
        }
    }

    /**
     * Record an item of evidence; its custody starts with the supplying region.
     *
     * @param sha256     SHA-256 digest of the item's content, 64 hex characters
     * @param suppliedBy who supplied it (an officer, a testing body, the party)
     */
    record AddEvidence(@TargetAggregateIdentifier CaseId caseId, EvidenceId evidenceId, String description, String sha256,
                       RegionCode suppliedByRegion, String suppliedBy, Instant at) implements CaseCommand {
        public AddEvidence {
            required("caseId", caseId);
            required("evidenceId", evidenceId);
            description = text("description", description);
            sha256 = EvidenceItem.sha256("sha256", sha256);
            required("suppliedByRegion", suppliedByRegion);
            suppliedBy = text("suppliedBy", suppliedBy);
            required("at", at);
        }
    }

    /** Move an item of evidence into {@code toRegion}'s custody; its digest stays and its chain of custody grows. */
    record TransferEvidence(@TargetAggregateIdentifier CaseId caseId, EvidenceId evidenceId, RegionCode toRegion, Instant at)
            implements CaseCommand {
        public TransferEvidence {
            required("caseId", caseId);
            required("evidenceId", evidenceId);
            required("toRegion", toRegion);
            required("at", at);
        }
    }

    /** Ask another region to investigate; it shares the case and owes an answer within 15 WD. */
    record RequestAssistance(@TargetAggregateIdentifier CaseId caseId, AssistanceId assistanceId, RegionCode toRegion,
                             String request, Instant at) implements CaseCommand {
        public RequestAssistance {
            required("caseId", caseId);
            required("assistanceId", assistanceId);
            required("toRegion", toRegion);
            request = text("request", request);
            required("at", at);
        }
    }

    /**
     * The assisting region answers; the evidence it gathered joins the case directly, in the custody of the assisting
     * region and then the case's region.
     */
    record AnswerAssistance(@TargetAggregateIdentifier CaseId caseId, AssistanceId assistanceId, String answer,
                            List<EvidenceItem> evidence, Instant at) implements CaseCommand {
        public AnswerAssistance {
            required("caseId", caseId);
            required("assistanceId", assistanceId);
            answer = text("answer", answer);
            evidence = List.copyOf(required("evidence", evidence));
            required("at", at);
        }
    }

    /** Make the case a joint case: {@code lead} runs (and owns) it, the participants share it. */
    record FormJointCase(@TargetAggregateIdentifier CaseId caseId, RegionCode lead, Set<RegionCode> participants, Instant at)
            implements CaseCommand {
        public FormJointCase {
            required("caseId", caseId);
            required("lead", lead);
            participants = Set.copyOf(required("participants", participants));
            if (participants.isEmpty()) {
                throw new IllegalArgumentException("participants: a joint case needs at least one region besides the lead");
            }
            if (participants.contains(lead)) {
                throw new IllegalArgumentException("participants: the lead region %s cannot also be a participant".formatted(lead));
            }
            required("at", at);
        }
    }

    /** Stop the decision clock for a hearing, testing or appraisal. */
    record SuspendDecisionClock(@TargetAggregateIdentifier CaseId caseId, ClockPause kind, Instant at) implements CaseCommand {
        public SuspendDecisionClock {
            required("caseId", caseId);
            required("kind", kind);
            required("at", at);
        }
    }

    /** Restart the decision clock; the days it stood still move the decision deadline. */
    record ResumeDecisionClock(@TargetAggregateIdentifier CaseId caseId, ClockPause kind, Instant at) implements CaseCommand {
        public ResumeDecisionClock {
            required("caseId", caseId);
            required("kind", kind);
            required("at", at);
        }
    }

    /** Take 30 more days to decide (approved by the bureau's head); once, before the deadline, with a reason. */
    record ExtendDecisionDeadline(@TargetAggregateIdentifier CaseId caseId, String reason, Instant at) implements CaseCommand {
        public ExtendDecisionDeadline {
            required("caseId", caseId);
            reason = text("reason", reason);
            required("at", at);
        }
    }

    /** Serve the notice of proposed penalty (行政处罚告知书); the party has 5 WD to state or ask for a hearing. */
    record ProposePenalty(@TargetAggregateIdentifier CaseId caseId, Money fine, String grounds, Instant servedAt)
            implements CaseCommand {
        public ProposePenalty {
            required("caseId", caseId);
            required("fine", fine);
            grounds = text("grounds", grounds);
            required("servedAt", servedAt);
        }
    }

    /** The party's statement and defence, or its request for a hearing (then the statement may be empty). */
    record RecordStatement(@TargetAggregateIdentifier CaseId caseId, String statement, boolean hearingRequested, Instant at)
            implements CaseCommand {
        public RecordStatement {
            required("caseId", caseId);
            statement = statement == null ? "" : statement.strip();
            if (statement.isEmpty() && !hearingRequested) {
                throw new IllegalArgumentException("statement: must not be blank unless a hearing is requested");
            }
            required("at", at);
        }
    }

    /** Decide the penalty; {@code seriousViolation} puts the party on the serious-violation list. */
    record DecidePenalty(@TargetAggregateIdentifier CaseId caseId, Money fine, boolean seriousViolation, String decision,
                         Instant at) implements CaseCommand {
        public DecidePenalty {
            required("caseId", caseId);
            required("fine", fine);
            decision = text("decision", decision);
            required("at", at);
        }
    }

    /** Publish the decided penalty: shown 3 months if {@code minor}, otherwise 3 years. */
    record PublishPenalty(@TargetAggregateIdentifier CaseId caseId, boolean minor, Instant at) implements CaseCommand {
        public PublishPenalty {
            required("caseId", caseId);
            required("at", at);
        }
    }

    /** Close the case: after publication, or without a penalty before a decision. */
    record CloseCase(@TargetAggregateIdentifier CaseId caseId, String reason, Instant at) implements CaseCommand {
        public CloseCase {
            required("caseId", caseId);
            reason = text("reason", reason);
            required("at", at);
        }
    }

    /** Record that the facts suggest a crime: the decision to transfer to the police is due within 3 days. */
    record SuspectCrime(@TargetAggregateIdentifier CaseId caseId, String reason, Instant at) implements CaseCommand {
        public SuspectCrime {
            required("caseId", caseId);
            reason = text("reason", reason);
            required("at", at);
        }
    }

    /** Transfer the case to the police: decided within 3 days of the suspicion, handed over within 24 h of that. */
    record TransferToPolice(@TargetAggregateIdentifier CaseId caseId, String policeUnit, Instant decidedAt,
                            Instant handedOverAt) implements CaseCommand {
        public TransferToPolice {
            required("caseId", caseId);
            policeUnit = text("policeUnit", policeUnit);
            required("decidedAt", decidedAt);
            required("handedOverAt", handedOverAt);
            if (handedOverAt.isBefore(decidedAt)) {
                throw new IllegalArgumentException("handedOverAt: %s is before the decision at %s".formatted(handedOverAt, decidedAt));
            }
        }
    }

    /** Look at the case's clocks at {@code now}: each clock that ran out is reported missed, once. */
    record CheckCaseClocks(@TargetAggregateIdentifier CaseId caseId, Instant now) implements CaseCommand {
        public CheckCaseClocks {
            required("caseId", caseId);
            required("now", now);
        }
    }
}
