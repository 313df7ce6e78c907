package io.tianping.spotcheck.domain.selection;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import io.tianping.verification.api.ListingKey;

/**
 * A listing that could be drawn; {@code producerName}, {@code producerCreditCode} and {@code model} may be null
 * when the listing does not say.
 */
public record Candidate(ListingKey listing, CatalogueCode catalogueCode, MerchantRef seller, String producerName,
                        CreditCode producerCreditCode, String model, Money price) {

    public Candidate {
        if (listing == null) {
            throw new IllegalArgumentException("listing: must not be null");
        }
        if (catalogueCode == null) {
            throw new IllegalArgumentException("catalogueCode: must not be null");
        }
        if (seller == null) {
            throw new IllegalArgumentException("seller: must not be null");
        }
        if (price == null) {
            throw new IllegalArgumentException("price: must not be null");
        }
    }
}
