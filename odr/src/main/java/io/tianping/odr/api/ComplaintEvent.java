package io.tianping.odr.api;

import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.RegionCode;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What happened to a consumer complaint (audit type {@code complaint}). Stored in the event store: never rename or
 * move one without an upcaster. Due days are China calendar days, the last day allowed.
 */
public sealed interface ComplaintEvent {

    ComplaintId complaintId();

    /**
     * The intake filed the complaint; it went to {@code route} in {@code region} (the respondent's), due by
     * {@code dueBy}: 10 working days after receipt at an enterprise, 7 for the regulator's acceptance.
     */
    @Revision("1")
    record ComplaintFiled(ComplaintId complaintId, Instant receivedAt, boolean odr, Consumer consumer,
                          Respondent respondent, ComplaintProduct product, String platform, String listingId, Money amount,
                          String claim, String facts, LocalDate harmKnownOn, ComplaintRoute route, RegionCode region,
                          LocalDate dueBy) implements ComplaintEvent {
    }

    /**
     * The enterprise recorded its negotiation. {@code workingDays} from receipt to {@code handledAt};
     * {@code onTime} when handled by the due day.
     */
    @Revision("1")
    record SettlementRecorded(ComplaintId complaintId, CreditCode enterprise, Instant handledAt, boolean settled,
                              String method, String result, int workingDays, boolean onTime) implements ComplaintEvent {
    }

    /** Nothing was recorded by the enterprise's due day. */
    @Revision("1")
    record ComplaintOverdue(ComplaintId complaintId, CreditCode enterprise, LocalDate dueBy, Instant at) implements ComplaintEvent {
    }

    /** Passed to the regulator of {@code region}, which must accept or reject by {@code acceptanceDueBy}. */
    @Revision("1")
    record ComplaintEscalated(ComplaintId complaintId, RegionCode region, Instant escalatedAt, LocalDate acceptanceDueBy)
            implements ComplaintEvent {
    }

    /** The consumer said whether they are satisfied. */
    @Revision("1")
    record FeedbackRecorded(ComplaintId complaintId, boolean satisfied, Instant at) implements ComplaintEvent {
    }

    /** Accepted; mediation must end by {@code mediationDueBy}. {@code late} when after the acceptance due day. */
    @Revision("1")
    record ComplaintAccepted(ComplaintId complaintId, Instant acceptedAt, LocalDate mediationDueBy, boolean late)
            implements ComplaintEvent {
    }

    /** Rejected on one art. 15 ground. */
    @Revision("1")
    record ComplaintRejected(ComplaintId complaintId, RejectionGround ground, String reason, Instant at) implements ComplaintEvent {
    }

    /** A test started during mediation: its clock stands still. */
    @Revision("1")
    record TestPauseStarted(ComplaintId complaintId, String test, Instant at) implements ComplaintEvent {
    }

    /** The test ended after {@code pausedWorkingDays}; mediation now ends by {@code mediationDueBy}. */
    @Revision("1")
    record TestPauseEnded(ComplaintId complaintId, Instant at, int pausedWorkingDays, LocalDate mediationDueBy)
            implements ComplaintEvent {
    }

    /** Mediation ended with an agreement. */
    @Revision("1")
    record MediationAgreed(ComplaintId complaintId, String terms, Instant at) implements ComplaintEvent {
    }

    /** Mediation ended without agreement; the parties must be notified by {@code noticeDueBy}. */
    @Revision("1")
    record MediationTerminated(ComplaintId complaintId, MediationEnd end, String note, Instant at, LocalDate noticeDueBy)
            implements ComplaintEvent {
    }

    /**
     * The regulator raised a clue from the complaint: enforcement opens it in {@code region}, where the art. 23 clock
     * (15 working days to verify) runs. Carries what a clue needs so enforcement need not read odr's tables.
     */
    @Revision("1")
    record ComplaintClueRaised(ComplaintId complaintId, RegionCode region, Respondent respondent, ComplaintProduct product,
                               String facts, String note, Instant at) implements ComplaintEvent {
    }
}
