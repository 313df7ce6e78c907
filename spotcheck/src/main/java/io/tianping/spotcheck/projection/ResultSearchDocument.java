package io.tianping.spotcheck.projection;

import io.tianping.spotcheck.api.FailedItem;
import io.tianping.spotcheck.api.SampleEvent.ResultFinal;
import io.tianping.spotcheck.domain.SampleState.Purchase;
import io.tianping.spotcheck.projection.ResultsProjection.PublishedResult;
import java.time.Instant;
import java.util.List;

/**
 * A final result as stored in the {@code spotcheck-results} index: plain strings, so the JSON stays the same whatever
 * the value types of {@code api} become. Field names are the mapping's ({@link ResultSearchMapping}).
 */
record ResultSearchDocument(String sampleId, String planId, String platform, String listingId, String catalogueCode,
                            String productName, String model, String sellerName, String sellerCreditCode,
                            String producerName, String producerCreditCode, boolean conforming, List<Item> failedItems,
                            Instant finalAt) {

    record Item(String item, String standard, String requirement, String measured) {
    }

    /** The result {@code e} made final, with what was bought as {@code purchase} says. */
    static ResultSearchDocument of(ResultFinal e, Purchase purchase) {
        List<Item> items = e.failedItems().stream()
                .map(f -> new Item(f.item(), f.standard(), f.requirement(), f.measured())).toList();
        return new ResultSearchDocument(e.sampleId().value(), e.planId().value(), e.platform().value(),
                e.listing().listingId(), e.catalogueCode().value(), purchase.productName(), purchase.model(),
                purchase.seller().name(), purchase.seller().creditCode().value(), purchase.producer().name(),
                purchase.producer().creditCode().value(), e.conforming(), items, e.at());
    }

    /** The same result {@code GET /api/v1/spotcheck/plans/{id}/results} publishes. */
    PublishedResult result() {
        List<FailedItem> items = failedItems == null ? List.of() : failedItems.stream()
                .map(i -> new FailedItem(i.item(), i.standard(), i.requirement(), i.measured())).toList();
        return new PublishedResult(sampleId, planId, platform, listingId, catalogueCode, productName, model, sellerName,
                sellerCreditCode, producerName, producerCreditCode, conforming, items, finalAt);
    }
}
