package io.tianping.verification.api;

import io.tianping.sharedkernel.PlatformId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * What happened to a takedown notice. Stored in the event store: never rename or move one without an upcaster.
 */
public sealed interface TakedownEvent {

    TakedownNoticeId id();

    /** The listing's platform was told to take the listing down by {@code dueBy}. */
    @Revision("1")
    record TakedownNoticeIssued(TakedownNoticeId id, ListingKey listing, CertificateNumber certificateNumber,
                                TakedownReason reason, Instant issuedAt, Instant dueBy) implements TakedownEvent {
    }

    /**
     * The platform acknowledged removing the listing.
     *
     * @param late true when the notice had already been marked overdue or the listing was removed after its due time
     */
    @Revision("1")
    record TakedownAcknowledged(TakedownNoticeId id, PlatformId platform, Instant removedAt, boolean late)
            implements TakedownEvent {
    }

    /**
     * The notice was not acknowledged by its due time: a clue for enforcement. Carries what a clue needs so a
     * reaction in another module need not read verification's tables.
     */
    @Revision("1")
    record TakedownNoticeOverdue(TakedownNoticeId id, ListingKey listing, CertificateNumber certificateNumber,
                                 Instant dueBy, Instant at) implements TakedownEvent {
    }
}
