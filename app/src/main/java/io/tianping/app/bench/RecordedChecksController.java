package io.tianping.app.bench;

import io.swagger.v3.oas.annotations.Hidden;
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

    RecordedChecksController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/bench/recorded-checks")
    Map<String, Long> recorded() {
        return Map.of("rows", jdbc.sql("select count(*) from listing_check").query(Long.class).single());
    }
}
