package io.tianping.traceability.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.traceability.api.CloneReason;
import io.tianping.traceability.domain.CloneDetection.Scan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Impossible travel, too many devices, scans after decommissioning. */
class CloneDetectionTest {

    private static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");
    private static final Scan HANGZHOU = new Scan(T0, 30.27, 120.16, "phone-1");

    @ParameterizedTest(name = "{0}: {4}")
    @CsvSource({
            "Urumqi an hour later, 43.83, 87.62, 60, IMPOSSIBLE_TRAVEL",    // ~3,280 km in 1 h
            "Urumqi five hours later, 43.83, 87.62, 300, ",                 // ~650 km/h: a flight
            "Beijing an hour later, 39.90, 116.40, 60, IMPOSSIBLE_TRAVEL",  // ~1,130 km
            "Shanghai an hour later, 31.23, 121.47, 60, ",                  // ~165 km/h: a train
            "Shanghai in a minute, 31.23, 121.47, 1, IMPOSSIBLE_TRAVEL",
            "across town at once, 30.30, 120.20, 0, "})                     // GPS noise, not travel
    void judgesTravelBetweenScans(String what, double lat, double lon, long minutes, CloneReason expected) {
        var finding = CloneDetection.DEFAULT.judge(new Scan(T0.plusSeconds(minutes * 60), lat, lon, "phone-2"),
                List.of(HANGZHOU), false);
        assertThat(finding == null ? null : finding.reason()).isEqualTo(expected);
    }

    @Test
    void earlierScansInAnyOrderCount() {
        var late = new Scan(T0.plusSeconds(7200), 30.27, 120.16, "phone-1");
        var finding = CloneDetection.DEFAULT.judge(new Scan(T0.plusSeconds(3600), 43.83, 87.62, "phone-2"),
                List.of(late, HANGZHOU), false);
        assertThat(finding.reason()).isEqualTo(CloneReason.IMPOSSIBLE_TRAVEL);
    }

    @Test
    void moreThanFiveDevicesInADayIsTooMany() {
        var earlier = new ArrayList<Scan>();
        for (int i = 1; i <= 4; i++) {
            earlier.add(new Scan(T0.plusSeconds(i * 600L), 30.27, 120.16, "phone-" + i));
        }
        assertThat(CloneDetection.DEFAULT.judge(new Scan(T0.plusSeconds(3600), 30.27, 120.16, "phone-5"), earlier, false))
                .as("five devices").isNull();
        earlier.add(new Scan(T0.plusSeconds(3000), 30.27, 120.16, "phone-5"));
        assertThat(CloneDetection.DEFAULT.judge(new Scan(T0.plusSeconds(3600), 30.27, 120.16, "phone-6"), earlier, false)
                .reason()).isEqualTo(CloneReason.TOO_MANY_DEVICES);
        assertThat(CloneDetection.DEFAULT.judge(new Scan(T0.plusSeconds(3 * 86_400), 30.27, 120.16, "phone-6"), earlier, false))
                .as("days later the old devices no longer count").isNull();
    }

    @Test
    void anyScanAfterDecommissioningIsSuspect() {
        assertThat(CloneDetection.DEFAULT.judge(HANGZHOU, List.of(), true).reason())
                .isEqualTo(CloneReason.SCANNED_AFTER_DECOMMISSIONING);
    }
}
