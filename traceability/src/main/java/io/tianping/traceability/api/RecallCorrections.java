package io.tianping.traceability.api;

/** Units corrected so far (cumulative) at each level, as a monthly report states them; never negative. */
public record RecallCorrections(long manufacturer, long distributor, long retailer, long consumer) {
}
