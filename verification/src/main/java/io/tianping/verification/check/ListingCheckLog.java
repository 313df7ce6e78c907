package io.tianping.verification.check;

import io.tianping.sharedkernel.Actor;
import java.sql.PreparedStatement;
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
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records every check (who, when, what, verdict) in {@code listing_check} without making the check wait: checks
 * queue in memory, one string each ({@link CheckRow}), and one writer thread stores them, up to a thousand per
 * statement. When the queue is full (the database is far behind) a check is counted as dropped rather than slowing
 * platforms down; on shutdown the queue is drained.
 */
@Component
class ListingCheckLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ListingCheckLog.class);
    private static final int BATCH = 1000;
    // one statement per batch, its columns as arrays, instead of a JDBC batch of single-row inserts: the writer kept
    // up with a fifth of the checks of a loaded node before
    private static final String INSERT = """
            insert into listing_check (platform, listing_id, merchant_credit_code, catalogue_code, certificate_number,
                                       price, verdict, reasons, checked_at, checked_by)
            select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::numeric[],
                                 ?::varchar[], ?::text[], ?::timestamptz[], ?::varchar[])""";
    private static final String[] TYPES = {"varchar", "varchar", "varchar", "varchar", "varchar", "text", "varchar",
            "text", "text", "varchar"};

    private final JdbcTemplate jdbc;
    private final boolean enabled;
    private final BlockingQueue<String> queue;
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
        if (enabled && !queue.offer(CheckRow.of(actor.id(), result))) {
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
                String first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    var batch = new ArrayList<String>(BATCH);
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
        var batch = new ArrayList<String>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            write(batch);
            batch.clear();
        }
    }

    // autocommit: each statement waits for its WAL flush, which also paces the writer, so under saturation checks
    // are dropped and counted rather than slowed (a writer that never waits kept up but cost checks a quarter of
    // their throughput on two cores; see docs/performance.md)
    private void write(List<String> batch) {
        Object[][] columns = CheckRow.columns(batch);
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                for (int column = 0; column < columns.length; column++) {
                    statement.setArray(column + 1, connection.createArrayOf(TYPES[column], columns[column]));
                }
                return statement.executeUpdate();
            }
        });
    }
}
