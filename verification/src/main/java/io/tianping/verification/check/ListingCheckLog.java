package io.tianping.verification.check;

import io.tianping.sharedkernel.Actor;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records every check (who, when, what, verdict) in {@code listing_check} without making the check wait: checks
 * queue in memory and one writer thread stores them in JDBC batches. When the queue is full (the database is far
 * behind) a check is counted as dropped rather than slowing platforms down; on shutdown the queue is drained.
 */
@Component
class ListingCheckLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ListingCheckLog.class);
    private static final int BATCH = 1000;
    private static final String INSERT = """
            insert into listing_check (platform, listing_id, merchant_credit_code, catalogue_code, certificate_number,
                                       price, verdict, reasons, checked_at, checked_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private record Entry(String actor, CheckResult result) { }

    private final JdbcTemplate jdbc;
    private final boolean enabled;
    private final BlockingQueue<Entry> queue;
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean running;
    private Thread writer;

    ListingCheckLog(JdbcTemplate jdbc, @Value("${tianping.verification.record-checks:true}") boolean enabled,
                    @Value("${tianping.verification.check-log-capacity:200000}") int capacity) {
        this.jdbc = jdbc;
        this.enabled = enabled;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    void record(Actor actor, CheckResult result) {
        if (enabled && !queue.offer(new Entry(actor.id(), result))) {
            dropped.incrementAndGet();
        }
    }

    long dropped() {
        return dropped.get();
    }

    @Override
    public void start() {
        running = true;
        writer = Thread.ofPlatform().name("listing-check-log").daemon().start(this::drainUntilStopped);
    }

    @Override
    public void stop() {
        running = false;
        writer.interrupt();
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeBatches();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void drainUntilStopped() {
        while (running) {
            try {
                Entry first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    var batch = new ArrayList<Entry>(BATCH);
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    write(batch);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Could not record listing checks, will retry with the next batch: {}", e.getMessage());
            }
        }
    }

    private void writeBatches() {
        var batch = new ArrayList<Entry>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            write(batch);
            batch.clear();
        }
    }

    private void write(List<Entry> batch) {
        jdbc.batchUpdate(INSERT, batch, batch.size(), (statement, entry) -> {
            var result = entry.result();
            var listing = result.listing();
            statement.setString(1, listing.key().platform().value());
            statement.setString(2, listing.key().listingId());
            statement.setString(3, listing.merchant().creditCode().value());
            statement.setString(4, listing.catalogueCode().value());
            statement.setString(5, listing.certificateNumberOrNull() == null ? null : listing.certificateNumberOrNull().value());
            statement.setBigDecimal(6, listing.price().amount());
            statement.setString(7, result.verdict().verdict().name());
            statement.setString(8, String.join(",", result.verdict().reasons().stream().map(Enum::name).toList()));
            statement.setTimestamp(9, Timestamp.from(result.checkedAt()));
            statement.setString(10, entry.actor());
        });
    }
}
