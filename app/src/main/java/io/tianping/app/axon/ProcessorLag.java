package io.tianping.app.axon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far each streaming processor is behind the event store's head, in events: the gauge
 * {@code tianping_processor_lag_events{processor}} and the health component {@code processorLag}, part of readiness,
 * which is OUT_OF_SERVICE while any processor is more than {@code tianping.readiness.max-lag} events behind (a node
 * replaying a read model, or whose processors stopped, should not take reads that need them).
 */
@Component("processorLag")
class ProcessorLag extends AbstractHealthIndicator implements MeterBinder {

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final long maxLag;

    ProcessorLag(EventProcessingConfiguration processing, JdbcClient jdbc,
                 @Value("${tianping.readiness.max-lag:10000}") long maxLag) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.maxLag = maxLag;
    }

    /**
     * Events each streaming processor has yet to handle in the segments this node holds, by processor name. A
     * processor whose segments are all held by other nodes is left out: their lag is theirs to report.
     */
    Map<String, Long> lags() {
        long head = head();
        var lags = new TreeMap<String, Long>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                slowestPosition(streaming.processingStatus())
                        .ifPresent(position -> lags.put(name, Math.max(0, head - position)));
            }
        });
        return lags;
    }

    private long head() {
        return jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry").query(Long.class).single();
    }

    private static OptionalLong slowestPosition(Map<Integer, EventTrackerStatus> segments) {
        return segments.values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1)) // no token yet: from the start
                .min();
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Map<String, Long> lags = lags();
        boolean behind = lags.values().stream().anyMatch(lag -> lag > maxLag);
        health.status(behind ? Status.OUT_OF_SERVICE : Status.UP).withDetail("maxLag", maxLag).withDetail("lag", lags);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                // this processor's lag alone: one look at the head, not every processor's lag per gauge
                Gauge.builder("tianping.processor.lag", () -> {
                            OptionalLong position = slowestPosition(streaming.processingStatus());
                            return position.isPresent() ? Math.max(0, head() - position.getAsLong()) : Double.NaN;
                        })
                        .baseUnit("events").tag("processor", name)
                        .description("Events in the store the processor has not handled yet")
                        .register(registry);
            }
        });
    }
}
