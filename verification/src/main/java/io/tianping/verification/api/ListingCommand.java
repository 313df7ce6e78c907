package io.tianping.verification.api;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.MerchantRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * What can be done to a platform's listing.
 */
public sealed interface ListingCommand {

    ListingKey key();

    /**
     * Bind a listing to the certificate it passed a check with, so a later change of that certificate reaches it.
     * Binding to the certificate it is already bound to changes nothing.
     */
    record BindListing(@TargetAggregateIdentifier ListingKey key, CertificateNumber certificateNumber,
                       MerchantRef merchant, CatalogueCode catalogueCode, String model, Instant boundAt)
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
        }
    }
}
