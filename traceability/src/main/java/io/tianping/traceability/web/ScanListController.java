package io.tianping.traceability.web;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.Role;
import io.tianping.traceability.gs1.DigitalLink;
import io.tianping.traceability.gs1.DigitalLinkParser;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Regulators and auditors read where and when one item's code was scanned (the console draws them as a map). */
@RestController
class ScanListController {

    private static final int MAX_SCANS = 1000;

    private final JdbcClient jdbc;

    ScanListController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One scan as a platform reported it.
     *
     * @param device the scanning device, masked (its first four characters)
     */
    record ScanView(Instant scannedAt, double lat, double lon, String device, String platform) { }

    /** The scans of one serialised item, oldest first, at most {@value #MAX_SCANS}. */
    record ScanList(String gtin, String serial, List<ScanView> items) { }

    /** The scans of the item named by {@code uri}, a GS1 Digital Link with a GTIN and a serial (/01/…/21/…). */
    @GetMapping("/api/v1/traceability/scans")
    ScanList listScans(@RequestParam String uri, Actor reader) {
        Callers.require(reader, Set.of(Role.REGULATOR, Role.AUDITOR, Role.ADMIN), "read scans");
        DigitalLink link = DigitalLinkParser.parse(uri);
        var check = new InputCheck();
        if (link.gtinOrNull() == null || link.serialOrNull() == null) {
            check.problem("uri", "names one item: a GTIN and a serial (/01/…/21/…)");
        }
        check.orThrow();
        String gtin = link.gtinOrNull().value();
        String serial = link.serialOrNull();
        List<ScanView> scans = jdbc.sql("""
                        select scanned_at, lat, lon, device, platform from traceability_scan where gtin = ? and serial = ?
                        order by scanned_at limit ?""")
                .params(gtin, serial, MAX_SCANS)
                .query((rs, row) -> new ScanView(rs.getTimestamp(1).toInstant(), rs.getDouble(2), rs.getDouble(3),
                        masked(rs.getString(4)), rs.getString(5)))
                .list();
        return new ScanList(gtin, serial, scans);
    }

    private static String masked(String device) {
        return device.length() <= 4 ? "****" : device.substring(0, 4) + "****";
    }
}
