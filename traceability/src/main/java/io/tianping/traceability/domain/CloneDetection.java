package io.tianping.traceability.domain;

import io.tianping.traceability.api.CloneReason;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether scans of one serial suggest copies of its code (domain.md, "Traceability"): two scans further apart than
 * an airliner flies in the time between them ({@code maxSpeedKmh}, 900 km/h; pairs closer than {@code minDistanceKm},
 * 50 km, are GPS noise), more than {@code maxDevices} distinct devices within {@code deviceWindow}, or any scan after the
 * item was decommissioned or destroyed. Pure: the scans come in, a finding or null goes out.
 */
public record CloneDetection(double maxSpeedKmh, double minDistanceKm, int maxDevices, Duration deviceWindow) {

    public static final CloneDetection DEFAULT = new CloneDetection(900, 50, 5, Duration.ofDays(1));
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** A scan: when, where and by which device. */
    public record Scan(Instant at, double lat, double lon, String device) { }

    /** What made the item suspect, in words for the clue. */
    public record Finding(CloneReason reason, String evidence) { }

    /**
     * @param scan          the scan just reported
     * @param earlier       the item's earlier scans (any order)
     * @param decommissioned whether the item was decommissioned or destroyed before this scan
     */
    public Finding judge(Scan scan, List<Scan> earlier, boolean decommissioned) {
        if (decommissioned) {
            return new Finding(CloneReason.SCANNED_AFTER_DECOMMISSIONING, "该序列号已注销或销毁，仍于 %s 被扫描".formatted(scan.at()));
        }
        for (Scan other : earlier) {
            double km = distanceKm(scan, other);
            if (km < minDistanceKm) {
                continue;
            }
            double hours = Math.abs(Duration.between(other.at(), scan.at()).toMillis()) / 3_600_000.0;
            double speed = hours == 0 ? Double.POSITIVE_INFINITY : km / hours;
            if (speed > maxSpeedKmh) {
                return new Finding(CloneReason.IMPOSSIBLE_TRAVEL, "同一序列号 %.0f 分钟内在相距 %.0f 公里的两地被扫描（约 %.0f 公里/小时）"
                        .formatted(hours * 60, km, Math.min(speed, 999_999)));
            }
        }
        Set<String> devices = new HashSet<>();
        devices.add(scan.device());
        for (Scan other : earlier) {
            if (Duration.between(other.at(), scan.at()).abs().compareTo(deviceWindow) <= 0) {
                devices.add(other.device());
            }
        }
        if (devices.size() > maxDevices) {
            return new Finding(CloneReason.TOO_MANY_DEVICES, "同一序列号 %d 小时内被 %d 台设备扫描"
                    .formatted(deviceWindow.toHours(), devices.size()));
        }
        return null;
    }

    /** Great-circle distance (haversine). */
    static double distanceKm(Scan a, Scan b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.lat()))
                * Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
