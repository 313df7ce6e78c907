package io.tianping.traceability.api;

/** Where recalled units are corrected, in the order a recall reaches them (CPSC practice, SAMR order 19). */
public enum RecallLevel {
    /** Still with the manufacturer (stock held back). */
    MANUFACTURER,
    /** At a distributor or wholesaler. */
    DISTRIBUTOR,
    /** At a retailer or a platform's merchant. */
    RETAILER,
    /** Sold to a consumer: repaired, replaced or refunded. */
    CONSUMER
}
