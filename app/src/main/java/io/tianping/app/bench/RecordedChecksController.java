package io.tianping.app.bench;

import io.swagger.v3.oas.annotations.Hidden;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How many listing checks are recorded for statistics, so the benchmark can tell whether recording kept up with the
 * checks it sent. Exists only with {@code tianping.bench.enabled=true}.
 */
@RestController
@Hidden // the benchmark's own endpoints are no part of the contract platforms generate clients from
@ConditionalOnBooleanProperty("tianping.bench.enabled")
class RecordedChecksController {

    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    RecordedChecksController(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
    }

    /** Rows recorded, bytes of the check journal not yet in the table, checks answered but not journaled. */
    @GetMapping("/api/v1/bench/recorded-checks")
    Map<String, Long> recorded() {
        var backlog = meters.find("tianping.listing.check.log.backlog").gauge();
        var unrecorded = meters.find("tianping.listing.check.log.unrecorded").counter();
        return Map.of("rows", jdbc.sql("select count(*) from listing_check").query(Long.class).single(),
                "backlogBytes", backlog == null ? 0 : (long) backlog.value(),
                "unrecorded", unrecorded == null ? 0 : (long) unrecorded.count());
    }
}
