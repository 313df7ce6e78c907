package io.tianping.livestream.api;

/** The measures a platform takes against a subject (order 117 art. 12). */
public enum Measure {
    WARNING,
    FUNCTION_LIMIT,
    TRAFFIC_LIMIT,
    PAUSE,
    /** A fixed-term stop of live marketing. */
    SUSPENSION,
    ACCOUNT_CLOSURE,
    NO_REREGISTRATION,
    /** The live-commerce blacklist (art. 14): needs a term and an appeal route; holds on every platform. */
    BLACKLIST;

    /** Closure, no re-registration and blacklist are reported to the province as well as the county. */
    public boolean reportedToProvince() {
        return this == ACCOUNT_CLOSURE || this == NO_REREGISTRATION || this == BLACKLIST;
    }
}
