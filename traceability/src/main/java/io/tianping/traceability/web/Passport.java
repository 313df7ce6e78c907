package io.tianping.traceability.web;

import io.tianping.traceability.api.SpotCheckResults.SpotCheckResult;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product's digital passport, as a consumer's scan shows it.
 *
 * @param state       GENUINE, NOT_REGISTERED (no such product, or this serial was never commissioned), RECALLED,
 *                    DECOMMISSIONED (decommissioned or destroyed: {@code itemState} says which) or CLONE_SUSPECTED
 * @param itemState   the serialised item's own state (COMMISSIONED, DECOMMISSIONED, DESTROYED), null without a serial
 *                    or when never commissioned
 * @param certificate the CCC certificate with its live status, null when the product is not registered
 * @param spotChecks  published spot-check results of the model, newest first
 * @param recall      the recall that covers this item, or null
 * @param cloneSuspicion why the item is suspected of being cloned, or null
 */
record Passport(String gtin, @Nullable String lot, @Nullable String serial, PassportState state, @Nullable String itemState, @Nullable ProductView product,
                @Nullable ManufacturerView manufacturer, @Nullable CertificateStatusView certificate, List<SpotCheckResult> spotChecks,
                @Nullable RecallNotice recall, @Nullable CloneNotice cloneSuspicion, Instant checkedAt) {

    /** The product as its manufacturer registered it. */
    record ProductView(String name, String model, String productName, String catalogueCode) { }

    /** The product's manufacturer. */
    record ManufacturerView(String name, String creditCode) { }

    /** A certificate and its status now. */
    record CertificateStatusView(String number, String status) { }

    /** A recall covering the item: what is wrong and what to do. */
    record RecallNotice(String recallId, String hazard, String remedy, Instant announcedAt, boolean ordered) { }

    /** A clone suspicion. */
    record CloneNotice(String reason, String evidence, Instant suspectedAt) { }
}
