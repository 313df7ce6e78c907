package io.tianping.enforcement.domain;

/** Whether a clock still runs: OPEN until its step is taken (MET) or the step no longer applies (ENDED). */
public enum DeadlineStatus {
    OPEN,
    MET,
    ENDED
}
