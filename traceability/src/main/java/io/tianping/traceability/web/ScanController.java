package io.tianping.traceability.web;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.Role;
import io.tianping.traceability.api.ItemCommand.SuspectClone;
import io.tianping.traceability.api.ItemId;
import io.tianping.traceability.domain.CloneDetection;
import io.tianping.traceability.domain.CloneDetection.Finding;
import io.tianping.traceability.domain.CloneDetection.Scan;
import io.tianping.traceability.gs1.DigitalLink;
import io.tianping.traceability.gs1.DigitalLinkParser;
import io.tianping.traceability.projection.ItemIndex;
import io.tianping.traceability.projection.ItemIndex.ItemRecord;
import io.tianping.traceability.projection.ItemState;
import io.tianping.traceability.projection.ProductCatalogue;
import io.tianping.traceability.projection.ProductCatalogue.RegisteredProduct;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platforms report their consumers' scans; each answers the passport as of the scan, and feeds clone detection: a
 * suspicious serial becomes CLONE_SUSPECTED (an item event that enforcement turns into a clue).
 */
@RestController
class ScanController {

    private static final int EARLIER_SCANS = 50;

    private final PassportReader passports;
    private final ItemIndex items;
    private final ProductCatalogue products;
    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CloneDetection detection = CloneDetection.DEFAULT;

    ScanController(PassportReader passports, ItemIndex items, ProductCatalogue products, CommandGateway commands,
                   JdbcClient jdbc, Clock clock) {
        this.passports = passports;
        this.items = items;
        this.products = products;
        this.commands = commands;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PostMapping("/api/v1/traceability/scans")
    Passport reportScan(@RequestBody ScanRequest request, Actor caller) {
        Callers.require(caller, Set.of(Role.PLATFORM), "report scans");
        DigitalLink link = DigitalLinkParser.parse(request.uri()); // a 400 with the rule's code
        var check = new InputCheck();
        if (link.gtinOrNull() == null) {
            check.problem("uri", "a product code names a GTIN (/01/…)");
        }
        check.required("scannedAt", request.scannedAt());
        if (request.location() == null || request.location().lat() == null || request.location().lon() == null) {
            check.problem("location", "lat and lon are required");
        } else {
            check.field("location.lat", () -> range(request.location().lat(), 90));
            check.field("location.lon", () -> range(request.location().lon(), 180));
        }
        check.field("device", () -> device(request.device()));
        check.orThrow();
        if (request.scannedAt().isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
            throw new io.tianping.sharedkernel.InvalidInput("scannedAt", "is in the future");
        }
        if (link.gtinOrNull() != null && link.serialOrNull() != null) {
            detect(link, request, caller);
        }
        return passports.read(link);
    }

    private void detect(DigitalLink link, ScanRequest request, Actor platform) {
        String gtin = link.gtinOrNull().value();
        String serial = link.serialOrNull();
        RegisteredProduct product = products.find(gtin);
        ItemRecord item = items.find(gtin, serial);
        if (product == null || item == null) {
            return; // nothing registered to clone: the passport says NOT_REGISTERED
        }
        var scan = new Scan(request.scannedAt(), request.location().lat(), request.location().lon(), request.device().strip());
        List<Scan> earlier = jdbc.sql("""
                select scanned_at, lat, lon, device from traceability_scan where gtin = ? and serial = ?
                order by scanned_at desc limit ?""")
                .params(gtin, serial, EARLIER_SCANS)
                .query((rs, row) -> new Scan(rs.getTimestamp(1).toInstant(), rs.getDouble(2), rs.getDouble(3), rs.getString(4)))
                .list();
        jdbc.sql("insert into traceability_scan (gtin, serial, scanned_at, lat, lon, device, platform) values (?, ?, ?, ?, ?, ?, ?)")
                .params(gtin, serial, Timestamp.from(scan.at()), scan.lat(), scan.lon(), scan.device(), platform.organisation())
                .update();
        Finding finding = detection.judge(scan, earlier, item.state() != ItemState.COMMISSIONED);
        if (finding != null) {
            commands.sendAndWait(new SuspectClone(new ItemId(link.gtinOrNull(), serial), finding.reason(),
                    finding.evidence(), product.productName() + " " + product.model(), product.manufacturer(),
                    product.catalogueCode(), clock.instant()));
        }
    }

    private static double range(double value, double limit) {
        if (value < -limit || value > limit) {
            throw new IllegalArgumentException("must be between -%s and %s".formatted(limit, limit));
        }
        return value;
    }

    private static String device(String device) {
        if (device == null || device.isBlank() || device.strip().length() > 200) {
            throw new IllegalArgumentException("1 to 200 characters");
        }
        return device.strip();
    }

}
