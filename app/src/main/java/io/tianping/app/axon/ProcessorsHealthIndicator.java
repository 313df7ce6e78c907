package io.tianping.app.axon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health component {@code processors}: every event processor, running or not, caught up or replaying, and the error
 * a segment is retrying after (an Elasticsearch outage shows here while the read model waits to catch up). A
 * processor that stopped is DOWN; one retrying after an error is UP with the error in its details, since it heals
 * by itself and the node still serves.
 */
@Component("processors")
class ProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    ProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean allRunning = true;
        var details = new TreeMap<String, Object>();
        for (var entry : processing.eventProcessors().entrySet()) {
            var processor = entry.getValue();
            var detail = new LinkedHashMap<String, Object>();
            detail.put("running", processor.isRunning());
            allRunning &= processor.isRunning();
            if (processor instanceof StreamingEventProcessor streaming) {
                detail.put("error", streaming.isError());
                detail.put("segments", segments(streaming.processingStatus()));
            }
            details.put(entry.getKey(), detail);
        }
        (allRunning ? health.up() : health.down()).withDetails(details);
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
