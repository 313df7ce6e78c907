package io.tianping.spotcheck.api;

/** Where a sample stands, from its purchase to its final result. */
public enum SampleStage {
    /** Bought with its backup; on its way through custody to the lab. */
    PURCHASED,
    /** The lab received it; its result is awaited. */
    AT_LAB,
    /** The lab result is recorded; it must reach the seller within 5 WD. */
    RESULT_RECORDED,
    /** The result was delivered; the sampled party may object within 15 days. */
    RESULT_DELIVERED,
    /** The sampled party objected; the backup sample is being retested. */
    RETESTING,
    /** The result is final: no objection in time, or the retest decided. */
    FINAL
}
