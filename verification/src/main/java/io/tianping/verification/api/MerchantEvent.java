package io.tianping.verification.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** What happened to a merchant's block. Stored in the event store: never rename or move one without an upcaster. */
public sealed interface MerchantEvent {

    BlockedMerchantId id();

    /** The merchant's listings are intercepted from {@code at}; {@code reference} names what caused it (a case). */
    @Revision("1")
    record MerchantBlocked(BlockedMerchantId id, String reason, String reference, Instant at) implements MerchantEvent {
    }

    /** The merchant's listings are judged on their certificates again. */
    @Revision("1")
    record MerchantUnblocked(BlockedMerchantId id, String reason, Instant at) implements MerchantEvent {
    }
}
