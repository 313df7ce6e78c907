package io.tianping.livestream.api;

/** The legal clocks kept per account (order 117 arts. 8, 15, 22). */
public enum ClockKind {
    /** The platform re-verifies the operator at least every 6 months (art. 8). */
    REVERIFICATION,
    /** The platform verifies a reported change within 7 working days (art. 15). */
    CHANGE_VERIFICATION,
    /** The platform reminds an operator the bureau cannot reach within 5 working days (art. 22). */
    UNREACHABLE_REMINDER
}
