package io.tianping.spotcheck.api;

import static io.tianping.sharedkernel.Fields.required;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import io.tianping.verification.api.ListingKey;

import java.util.List;

/**
 * A listing a plan's selection picked for sampling, with why: what the selection policy produces and what a
 * purchase records.
 *
 * @param seller             the merchant selling it on the platform
 * @param producerName       the producer the listing names; null where it names none
 * @param producerCreditCode that producer's unified social credit code; null where unknown
 * @param model              the model the listing names; null where it names none
 * @param price              the listed price
 * @param weight             the risk weight it was drawn with (1 for a plain random draw), not negative
 * @param reasons            why it was picked, in words a regulator can read out (may be empty for a random draw)
 */
public record SelectedListing(ListingKey listing, CatalogueCode catalogueCode, MerchantRef seller, String producerName,
                              CreditCode producerCreditCode, String model, Money price, double weight, List<String> reasons) {

    public SelectedListing {
        required("listing", listing);
        required("catalogueCode", catalogueCode);
        required("seller", seller);
        producerName = optional(producerName);
        model = optional(model);
        required("price", price);
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("weight: must be a finite number, not negative, got " + weight);
        }
        required("reasons", reasons);
        if (reasons.stream().anyMatch(reason -> reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("reasons: must not contain a blank reason");
        }
        reasons = reasons.stream().map(String::strip).toList();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
