package io.tianping.app.axon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Read models catch up soon after the database is back. An event processor that failed (the database or the search
 * node was away) waits before it tries again, twice as long after each failure, up to a minute: after an outage of a
 * few seconds it could stay idle for most of that minute while writes succeed again, and writers would not read what
 * they wrote. Every two seconds this restarts a processor that is in that wait, once the database answers, at most
 * once per {@link #AT_MOST_EVERY} per processor.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty(name = "tianping.processors.recovery", matchIfMissing = true)
class ProcessorRecovery {

    static final Duration AT_MOST_EVERY = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(ProcessorRecovery.class);

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Instant> lastRestart = new ConcurrentHashMap<>();

    ProcessorRecovery(EventProcessingConfiguration processing, JdbcClient jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    @Scheduled(fixedDelay = 2_000, initialDelay = 10_000)
    void restartFailedProcessors() {
        var failed = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(processor -> processor.isRunning() && processor.isError())
                .filter(processor -> lastRestart.getOrDefault(processor.getName(), Instant.MIN)
                        .isBefore(clock.instant().minus(AT_MOST_EVERY)))
                .toList();
        if (failed.isEmpty() || !databaseAnswers()) {
            return;
        }
        for (StreamingEventProcessor processor : failed) {
            lastRestart.put(processor.getName(), clock.instant());
            log.info("Event processor {} failed and waits before it tries again; the database answers, so it starts now",
                    processor.getName());
            processor.shutdownAsync().thenRun(processor::start);
        }
    }

    private boolean databaseAnswers() {
        try {
            return jdbc.sql("select 1").query(Integer.class).single() == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
