package io.tianping.verification.api;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * What happened to a platform's listing. Stored in the event store: never rename or move one without an upcaster.
 */
public sealed interface ListingEvent {

    ListingKey key();

    /** The listing is now bound to {@code certificateNumber} (first binding, or rebinding to another certificate). */
    @Revision("1")
    record ListingBound(ListingKey key, CertificateNumber certificateNumber, MerchantRef merchant,
                        CatalogueCode catalogueCode, String model, Instant boundAt, Money price) implements ListingEvent {
    }

    /** The listing is held off sale with {@code reason} until released ({@code reference}: what caused it). */
    @Revision("1")
    record ListingIntercepted(ListingKey key, InterceptReason reason, String reference, Instant at) implements ListingEvent {
    }

    /** The hold for {@code reason} ended. */
    @Revision("1")
    record ListingReleased(ListingKey key, InterceptReason reason, String note, Instant at) implements ListingEvent {
    }
}
