package io.tianping.app.web.consistency;

import io.tianping.app.web.consistency.AppendedEvents.Appended;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits until every streaming processor that handles an appended event has moved past it in the segment that handles
 * that event's aggregate, on this node or, when another node holds that segment, there (its token in the store). Bounded: after {@code timeout} the write is answered anyway (a
 * processor replaying, stopped or retrying after an outage must not hold writes).
 */
final class ReadModels {

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final OtherNodesTokens otherNodes;
    private final Duration timeout;

    ReadModels(EventProcessingConfiguration processing, JdbcClient jdbc, OtherNodesTokens otherNodes, Duration timeout) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.otherNodes = otherNodes;
        this.timeout = timeout;
    }

    /** True when every read model caught up with {@code appended} within the timeout. */
    boolean awaitApplied(List<Appended> appended) throws InterruptedException {
        Map<String, Long> positions = globalIndexes(appended);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!applied(appended, positions)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    private Map<String, Long> globalIndexes(List<Appended> appended) {
        var positions = new HashMap<String, Long>();
        jdbc.sql("select event_identifier, global_index from domain_event_entry where event_identifier = any(?)")
                .param(appended.stream().map(Appended::eventId).toArray(String[]::new))
                .query(rs -> {
                    positions.put(rs.getString(1), rs.getLong(2));
                });
        return positions;
    }

    private boolean applied(List<Appended> appended, Map<String, Long> positions) {
        for (var processor : processing.eventProcessors().values()) {
            if (!(processor instanceof StreamingEventProcessor streaming)
                    || !(processor instanceof AbstractEventProcessor handlers)) {
                continue; // subscribing processors apply events as they are committed
            }
            Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
            for (Appended event : appended) {
                Long position = positions.get(event.eventId());
                if (position == null || !handlers.eventHandlerInvoker().canHandleType(event.payloadType())) {
                    continue;
                }
                boolean movingHere = processor.isRunning() && !streaming.isError();
                if (!applied(processor.getName(), segments, movingHere, event.aggregateId(), position)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the segment of {@code processor} that handles the aggregate passed {@code position}: here, or where the
     * token store says it is. A segment another node holds is waited for; so is one between two nodes (released by one,
     * not yet claimed by the other) while the processor runs here; one that no running processor will move is not.
     */
    private boolean applied(String processor, Map<Integer, EventTrackerStatus> local, boolean movingHere, String aggregateId,
            long position) {
        for (EventTrackerStatus status : local.values()) {
            if (status.getSegment().matches(aggregateId)) {
                return status.getCurrentPosition().orElse(-1) >= position;
            }
        }
        return otherNodes.claim(processor, aggregateId)
                .filter(claimed -> claimed.byOtherNode() || movingHere)
                .map(claimed -> claimed.position() >= position)
                .orElse(true);
    }
}
