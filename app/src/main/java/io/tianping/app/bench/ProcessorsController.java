package io.tianping.app.bench;

import io.swagger.v3.oas.annotations.Hidden;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.Role;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the benchmark needs to time the read side: how far every streaming processor is behind the head of the event
 * store, and a replay of chosen processors from the first event. Exists only with {@code tianping.bench.enabled=true}.
 */
@RestController
@Hidden // the benchmark's own endpoints are no part of the contract platforms generate clients from
@ConditionalOnBooleanProperty("tianping.bench.enabled")
class ProcessorsController {

    private static final Logger log = LoggerFactory.getLogger(ProcessorsController.class);

    private final EventProcessingConfiguration processing;
    private final EventStore events;

    ProcessorsController(EventProcessingConfiguration processing, EventStore events) {
        this.processing = processing;
        this.events = events;
    }

    /**
     * @param head       the global index of the last event stored
     * @param processors per processor, the lowest position of its segments (-1 before its first event)
     */
    record Positions(long head, Map<String, Long> processors) { }

    @GetMapping("/api/v1/bench/processors")
    Positions positions() {
        var positions = new TreeMap<String, Long>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                positions.put(name, lowest(streaming.processingStatus()));
            }
        });
        return new Positions(position(events.createHeadToken()), positions);
    }

    /** Stops the named processors, resets their tokens (each projection empties itself) and starts them again. */
    @PostMapping("/api/v1/bench/replay")
    Positions replay(@RequestParam List<String> processors, Actor caller) {
        if (caller.role() != Role.ADMIN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only administrators replay processors.");
        }
        for (String name : processors) {
            var processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No streaming processor " + name));
            log.info("Benchmark: replaying {} from the first event", name);
            processor.shutDown();
            try {
                processor.resetTokens();
            } finally {
                processor.start();
            }
        }
        return positions();
    }

    private static long lowest(Map<Integer, EventTrackerStatus> segments) {
        if (segments.isEmpty()) {
            return -1; // no segment claimed yet: not started
        }
        return segments.values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1))
                .min().orElse(-1);
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
