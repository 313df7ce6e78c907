package io.tianping.app.bench;

import io.swagger.v3.oas.annotations.Hidden;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.Role;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The benchmark's ceiling: what the same server answers when the listing check does nothing. It takes the same
 * request as {@code POST /api/v1/listing-checks} (same filters, same API key authentication, the JSON body read and
 * parsed) and answers a fixed small JSON, so the benchmark can tell the check's own cost from the HTTP stack's.
 * Exists only with {@code tianping.bench.enabled=true}.
 */
@RestController
@Hidden // the benchmark's own endpoints are no part of the contract platforms generate clients from
@ConditionalOnBooleanProperty("tianping.bench.enabled")
class CeilingController {

    private static final Map<String, Object> ANSWER = Map.of("verdict", "PASS", "reasons", java.util.List.of());

    @PostMapping("/api/v1/bench/ceiling")
    Map<String, Object> ceiling(@RequestBody Map<String, Object> listing, Actor caller) {
        if (caller.role() != Role.PLATFORM) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only platforms check listings.");
        }
        return ANSWER;
    }
}
