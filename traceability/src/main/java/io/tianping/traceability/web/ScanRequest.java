package io.tianping.traceability.web;

import java.time.Instant;

/**
 * The body of {@code POST /api/v1/traceability/scans}: a consumer's scan, as the platform's app saw it.
 *
 * @param uri       the scanned GS1 Digital Link
 * @param scannedAt when, by the device's clock
 * @param location  where (WGS 84 degrees)
 * @param device    the app's device id (pseudonymous)
 */
record ScanRequest(String uri, Instant scannedAt, Location location, String device) {

    /** Latitude and longitude in degrees. */
    record Location(Double lat, Double lon) { }
}
