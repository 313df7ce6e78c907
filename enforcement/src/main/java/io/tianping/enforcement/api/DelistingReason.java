package io.tianping.enforcement.api;

/** Why a party left the serious-violation list. */
public enum DelistingReason {
    /** Removed on request after at least 1 year, its obligations met. */
    EARLY_REMOVAL,
    /** Left automatically after 3 years. */
    AUTOMATIC_EXIT
}
