package io.tianping.traceability.api;

/** Units corrected so far (cumulative) at each level, as a monthly report states them. */
public record RecallCorrections(long manufacturer, long distributor, long retailer, long consumer) {

    public RecallCorrections {
        if (manufacturer < 0 || distributor < 0 || retailer < 0 || consumer < 0) {
            throw new IllegalArgumentException("corrected: counts must not be negative");
        }
    }

    public long of(RecallLevel level) {
        return switch (level) {
            case MANUFACTURER -> manufacturer;
            case DISTRIBUTOR -> distributor;
            case RETAILER -> retailer;
            case CONSUMER -> consumer;
        };
    }
}
