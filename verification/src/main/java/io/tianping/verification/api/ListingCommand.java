package io.tianping.verification.api;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * What can be done to a platform's listing.
 */
public sealed interface ListingCommand {

    ListingKey key();

    /**
     * Bind a listing to the certificate it passed a check with, so a later change of that certificate reaches it, at
     * the price it is offered for (the price base spot checks draw on). Binding to the certificate it is already bound
     * to at the same price changes nothing.
     */
    record BindListing(@TargetAggregateIdentifier ListingKey key, CertificateNumber certificateNumber,
                       MerchantRef merchant, CatalogueCode catalogueCode, String model, Instant boundAt, Money price)
            implements ListingCommand {

        public BindListing {
            if (key == null) {
                throw new IllegalArgumentException("key: must not be null");
            }
            if (certificateNumber == null) {
                throw new IllegalArgumentException("certificateNumber: must not be null");
            }
            if (merchant == null) {
                throw new IllegalArgumentException("merchant: must not be null");
            }
            if (catalogueCode == null) {
                throw new IllegalArgumentException("catalogueCode: must not be null");
            }
            if (model == null || model.isBlank()) {
                throw new IllegalArgumentException("model: must not be blank");
            }
            model = model.strip();
            if (boundAt == null) {
                throw new IllegalArgumentException("boundAt: must not be null");
            }
            if (price == null) {
                throw new IllegalArgumentException("price: must not be null");
            }
        }
    }

    /**
     * Another module holds the listing off sale (spot check: a confirmed nonconformity) whatever its certificate says:
     * every check of it is intercepted with {@code reason} until it is released. Holding it again changes nothing.
     */
    record InterceptListing(@TargetAggregateIdentifier ListingKey key, InterceptReason reason, String reference, Instant at)
            implements ListingCommand {

        public InterceptListing {
            if (key == null || reason == null || at == null) {
                throw new IllegalArgumentException("key, reason and at: must not be null");
            }
            if (reason != InterceptReason.SPOT_CHECK_FAILED) {
                throw new IllegalArgumentException("reason: only SPOT_CHECK_FAILED holds a listing, got " + reason);
            }
        }
    }

    /** The hold for {@code reason} ends (the producer rectified and the re-inspection passed). */
    record ReleaseListing(@TargetAggregateIdentifier ListingKey key, InterceptReason reason, String note, Instant at)
            implements ListingCommand {

        public ReleaseListing {
            if (key == null || reason == null || at == null) {
                throw new IllegalArgumentException("key, reason and at: must not be null");
            }
        }
    }
}
