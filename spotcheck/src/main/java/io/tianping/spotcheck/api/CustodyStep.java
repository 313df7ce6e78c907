package io.tianping.spotcheck.api;

/** The chain of custody of a sample and its backup, in the order the steps must be recorded, each once. */
public enum CustodyStep {
    /** The parcel bought online arrived at the regulator. */
    RECEIVED,
    /** The parcel was opened before a witness, and the sample and the backup were sealed. */
    UNBOXED_AND_SEALED,
    /** The sealed sample left for the testing laboratory; the backup stays sealed for a retest. */
    SENT_TO_LAB,
    /** The laboratory received the sample with its seal intact. */
    RECEIVED_BY_LAB
}
