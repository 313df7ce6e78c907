package io.tianping.enforcement.api;

/** Why the decision clock is suspended: time spent on these does not count towards the 90 days. */
public enum ClockPause {
    HEARING,
    TESTING,
    APPRAISAL
}
