package io.tianping.traceability.api;

/** Why scans of one serial suggest copies of its code are about. */
public enum CloneReason {
    /** Two consecutive scans further apart than an airliner could travel in the time between them. */
    IMPOSSIBLE_TRAVEL,
    /** More distinct devices scanned it within the window than one item's owners would use. */
    TOO_MANY_DEVICES,
    /** Scanned after it was decommissioned or destroyed. */
    SCANNED_AFTER_DECOMMISSIONING
}
