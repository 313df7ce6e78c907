package io.tianping.enforcement.api;

import io.tianping.sharedkernel.RegionCode;

import java.time.Instant;

/**
 * One link of an evidence item's chain of custody: {@code region} held it from {@code since}.
 *
 * @param region the region holding the evidence
 * @param since  when it came into that region's custody
 */
public record Custody(RegionCode region, Instant since) {

    public Custody {
        if (region == null) {
            throw new IllegalArgumentException("region: must not be null");
        }
        if (since == null) {
            throw new IllegalArgumentException("since: must not be null");
        }
    }
}
