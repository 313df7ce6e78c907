package io.tianping.traceability.projection;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With several nodes, what the resolver keeps in memory follows what the other nodes store: every
 * {@code tianping.traceability.follow} (1 s) this reads the products, clone suspicions and recalls stored since the
 * last round, and the items of the capture jobs other nodes finished, by the database's time of the write. Each round
 * looks back a minute more than needed, since a transaction that committed late may carry an earlier time; reading a
 * row twice changes nothing. The node that stored a row has it in memory as its transaction commits. Alone, a node
 * finds nothing new here: four indexed queries a second.
 */
@Component
class TableFollower {

    private static final Logger log = LoggerFactory.getLogger(TableFollower.class);
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final ThisNode node;
    private final ProductCatalogue products;
    private final CloneRegistry clones;
    private final RecallBook recalls;
    private final ItemIndex items;
    /** The capture jobs whose items were read, with their stored time, kept for as long as a round looks back. */
    private final Map<String, Instant> jobsRead = new ConcurrentHashMap<>();
    /** The database's time when the last round (or, at first, the loading at start) began. */
    private Instant since;

    TableFollower(JdbcClient jdbc, ThisNode node, ProductCatalogue products, CloneRegistry clones, RecallBook recalls,
                  ItemIndex items) {
        this.jdbc = jdbc;
        this.node = node;
        this.products = products;
        this.clones = clones;
        this.recalls = recalls;
        this.items = items;
        this.since = databaseTime(); // before the caches load their tables: nothing between is missed
    }

    @Scheduled(fixedDelayString = "${tianping.traceability.follow:PT1S}", initialDelayString = "${tianping.traceability.follow:PT1S}")
    void follow() {
        try {
            Instant now = databaseTime();
            Timestamp from = Timestamp.from(since.minus(OVERLAP));
            products.readStoredSince(from);
            clones.readStoredSince(from);
            recalls.readStoredSince(from);
            jdbc.sql("""
                    select capture_id, stored_at from traceability_capture_job
                    where stored_at > ? and not running and events_captured > 0 and node is distinct from ?""")
                    .params(from, node.name())
                    .query((rs, row) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant())).list()
                    .forEach(job -> {
                        if (jobsRead.putIfAbsent(job.getKey(), job.getValue()) == null) {
                            items.readCapturedBy(job.getKey());
                        }
                    });
            jobsRead.values().removeIf(stored -> stored.isBefore(from.toInstant()));
            since = now;
        } catch (RuntimeException e) { // the database is away: the next round looks back far enough
            log.debug("Traceability tables not followed this round: {}", e.toString());
        }
    }

    private Instant databaseTime() {
        return jdbc.sql("select clock_timestamp()").query(Timestamp.class).single().toInstant();
    }
}
