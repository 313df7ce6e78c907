package io.tianping.spotcheck.api;

/** A period a sample's handling must keep. */
public enum SampleClock {
    /** The lab result goes to the seller within 5 working days of being recorded. */
    RESULT_TO_SELLER
}
