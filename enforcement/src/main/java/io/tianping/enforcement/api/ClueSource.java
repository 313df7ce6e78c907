package io.tianping.enforcement.api;

/** Where a clue came from. */
public enum ClueSource {
    /** A regulator's own finding or a report (举报) it received. */
    REPORT,
    /** A consumer complaint escalated to a regulator. */
    COMPLAINT,
    /** A platform did not take a listing down by the takedown notice's due time (verification). */
    OVERDUE_TAKEDOWN,
    /** A sample failed an online spot check (spotcheck). */
    SPOT_CHECK_FAILURE,
    /** A finding from monitoring live marketing (livestream). */
    LIVE_MARKETING,
    /** A counterfeit or anomaly found by scanning trace codes (traceability). */
    COUNTERFEIT_SCAN
}
