package io.tianping.verification.api;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;

/**
 * A platform's listing as submitted for a check.
 *
 * @param key                     the platform and its listing id
 * @param merchant                who sells it
 * @param title                   the listing's title as shown to buyers
 * @param catalogueCode           the CCC catalogue code of the listing's category
 * @param model                   the model the listing sells, as the platform wrote it
 * @param certificateNumberOrNull the CCC certificate the listing names, null when it names none
 * @param price                   the listing's price
 */
public record ListingToCheck(ListingKey key, MerchantRef merchant, String title, CatalogueCode catalogueCode,
                             String model, CertificateNumber certificateNumberOrNull, Money price) {

    public ListingToCheck {
        if (key == null) {
            throw new IllegalArgumentException("key: must not be null");
        }
        if (merchant == null) {
            throw new IllegalArgumentException("merchant: must not be null");
        }
        if (title == null) {
            throw new IllegalArgumentException("title: must not be null");
        }
        if (catalogueCode == null) {
            throw new IllegalArgumentException("catalogueCode: must not be null");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model: must not be blank");
        }
        if (price == null) {
            throw new IllegalArgumentException("price: must not be null");
        }
    }
}
