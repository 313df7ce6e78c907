package io.tianping.traceability.domain;

/** Whether registering a product created it, or it was registered before with the same content. */
public enum RegisterOutcome {
    CREATED,
    UNCHANGED
}
