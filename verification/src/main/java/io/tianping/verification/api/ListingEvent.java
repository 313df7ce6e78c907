package io.tianping.verification.api;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.MerchantRef;
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
                        CatalogueCode catalogueCode, String model, Instant boundAt) implements ListingEvent {
    }
}
