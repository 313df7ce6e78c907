package io.tianping.app.axon;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Shares the event processors' segments among the nodes on one database. Axon's pooled processors claim every
 * segment nobody holds, so the node that starts first would keep them all. Every {@code tianping.nodes.balance-every}
 * each node writes its heartbeat in {@code app_node}, counts the nodes seen within {@code tianping.nodes.alive-within},
 * and when it holds more than its fair share (all segments divided by the live nodes, rounded up) it releases the
 * surplus for a while, so a node holding fewer claims them. A node that dies stops renewing its claims; after Axon's
 * claim timeout (10 s) the others take its segments, since every node claims what nobody holds. One node alone never
 * releases anything.
 */
@Component
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final NodeName node;
    private final Duration aliveWithin;
    private final Duration releaseFor;

    SegmentBalancer(EventProcessingConfiguration processing, JdbcClient jdbc, NodeName node,
                    @Value("${tianping.nodes.alive-within:PT15S}") Duration aliveWithin,
                    @Value("${tianping.nodes.balance-every:PT5S}") Duration balanceEvery) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.node = node;
        this.aliveWithin = aliveWithin;
        this.releaseFor = balanceEvery.multipliedBy(3);
    }

    @Scheduled(fixedDelayString = "${tianping.nodes.balance-every:PT5S}", initialDelayString = "PT2S")
    void balance() {
        try {
            beat();
            release(surplus());
        } catch (RuntimeException e) { // the database is away: the claims and heartbeats resume with it
            log.debug("Segment balance skipped: {}", e.toString());
        }
    }

    /** Segments this node holds beyond its fair share; 0 when alone. */
    int surplus() {
        int alive = jdbc.sql("select count(*) from app_node where seen_at > now() - make_interval(secs => ?)")
                .param((double) aliveWithin.toMillis() / 1000).query(Integer.class).single();
        int segments = jdbc.sql("select count(*) from token_entry").query(Integer.class).single();
        int fair = (segments + Math.max(alive, 1) - 1) / Math.max(alive, 1);
        return Math.max(0, held() - fair);
    }

    private void beat() {
        jdbc.sql("""
                insert into app_node (id, started_at, seen_at) values (?, now(), now())
                on conflict (id) do update set seen_at = now()""").param(node.value()).update();
    }

    /** Releases {@code count} segments, one per processor in turn from those holding the most. */
    private void release(int count) {
        if (count == 0) {
            return;
        }
        List<StreamingEventProcessor> holding = processors().stream()
                .filter(processor -> !processor.processingStatus().isEmpty())
                .sorted(Comparator.comparingInt((StreamingEventProcessor p) -> p.processingStatus().size()).reversed())
                .toList();
        int released = 0;
        for (StreamingEventProcessor processor : holding) { // one per processor, so no node ends up with whole processors
            if (released == count) {
                break;
            }
            int segment = processor.processingStatus().keySet().iterator().next();
            processor.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS);
            released++;
        }
        if (released > 0) {
            log.info("Released {} event-processor segments for the other nodes to claim ({} over this node's share)",
                    released, count);
        }
    }

    private int held() {
        return processors().stream().mapToInt(processor -> processor.processingStatus().size()).sum();
    }

    private List<StreamingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
    }

    /** A node that stops cleanly says so, so the others count it out at once instead of after alive-within. */
    @PreDestroy
    void leave() {
        try {
            jdbc.sql("delete from app_node where id = ?").param(node.value()).update();
        } catch (RuntimeException e) {
            log.debug("Could not remove this node's heartbeat: {}", e.toString());
        }
    }
}
