package io.tianping.app.axon;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tianping.app.deadletter.DeadLetterQueues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health component {@code processors}: every event processor, running or not, caught up or replaying, the error a
 * segment is retrying after (an Elasticsearch outage shows here while the read model waits to catch up), and the
 * events it failed on and holds as dead letters. A processor that stopped is DOWN; one retrying after an error is UP
 * with the error in its details, since it heals by itself. Dead letters, or events a module skipped while reading the
 * store at start (metric {@value #UNREADABLE}), make it {@code DEGRADED}: the node serves (HTTP 200), but some read
 * model or reaction is missing events until they are retried, repaired or evicted.
 */
@Component("processors")
class ProcessorsHealthIndicator extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Some events wait as dead letters or were skipped at start");
    static final String UNREADABLE = "tianping.events.unreadable";

    private final EventProcessingConfiguration processing;
    private final DeadLetterQueues deadLetters;
    private final MeterRegistry meters;

    ProcessorsHealthIndicator(EventProcessingConfiguration processing, DeadLetterQueues deadLetters, MeterRegistry meters) {
        this.processing = processing;
        this.deadLetters = deadLetters;
        this.meters = meters;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Map<String, DeadLetterQueues.Count> letters = Map.of();
        var details = new TreeMap<String, Object>();
        try {
            letters = deadLetters.counts();
        } catch (RuntimeException e) { // the database is down: its own component says so
            details.put("deadLettersUnknown", e.toString());
        }
        boolean allRunning = true;
        for (var entry : processing.eventProcessors().entrySet()) {
            var processor = entry.getValue();
            var detail = new LinkedHashMap<String, Object>();
            detail.put("running", processor.isRunning());
            allRunning &= processor.isRunning();
            if (processor instanceof StreamingEventProcessor streaming) {
                detail.put("error", streaming.isError());
                detail.put("segments", segments(streaming.processingStatus()));
            }
            detail.put("deadLetters", letters.getOrDefault(entry.getKey(), DeadLetterQueues.Count.NONE));
            details.put(entry.getKey(), detail);
        }
        var unreadable = new TreeMap<String, Long>();
        for (Counter counter : meters.find(UNREADABLE).counters()) {
            unreadable.merge(String.valueOf(counter.getId().getTag("reader")), (long) counter.count(), Long::sum);
        }
        unreadable.values().removeIf(count -> count == 0);
        if (!unreadable.isEmpty()) {
            details.put("unreadableEventsSkippedAtStart", unreadable);
        }
        boolean degraded = !unreadable.isEmpty() || letters.values().stream().anyMatch(count -> count.letters() > 0);
        health.status(!allRunning ? Status.DOWN : degraded ? DEGRADED : Status.UP).withDetails(details);
    }

    private static Map<Integer, Map<String, Object>> segments(Map<Integer, EventTrackerStatus> statuses) {
        var segments = new TreeMap<Integer, Map<String, Object>>();
        statuses.forEach((segment, status) -> {
            var detail = new LinkedHashMap<String, Object>();
            detail.put("caughtUp", status.isCaughtUp());
            detail.put("replaying", status.isReplaying());
            status.getCurrentPosition().ifPresent(position -> detail.put("position", position));
            if (status.isErrorState()) {
                detail.put("error", String.valueOf(status.getError()));
            }
            segments.put(segment, detail);
        });
        return segments;
    }
}
