package io.tianping.verification.check;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tianping.sharedkernel.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records every answered check (who, when, what, verdict) in {@code listing_check} without making the check wait on
 * the database: the check appends one line to the node's {@link CheckJournal} before it is answered, and one writer
 * thread moves the journal into the table, up to a thousand rows per statement, counted per day, platform and reason
 * into {@code listing_check_daily} and with its position, in the same transaction. Nothing is dropped: while the database is behind or down, the journal grows on disk (gauge
 * {@code tianping_listing_check_log_backlog_bytes}) and is caught up later, also after a restart. A check that could
 * not even be appended (a full disk) is counted in {@code tianping_listing_check_log_unrecorded_total} and logged.
 */
@Component
class ListingCheckLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ListingCheckLog.class);
    private static final int BATCH = 1000;
    // one statement per batch, its columns as arrays, instead of a JDBC batch of single-row inserts
    // and the batch counted into listing_check_daily in the same statement (keys in one order: no deadlock between nodes)
    private static final String INSERT = """
            with added as (
                insert into listing_check (platform, listing_id, merchant_credit_code, catalogue_code,
                                           certificate_number, price, verdict, reasons, checked_at, checked_by)
                select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::numeric[],
                                     ?::varchar[], ?::text[], ?::timestamptz[], ?::varchar[])
                returning platform, verdict, reasons, cast(checked_at at time zone 'Asia/Shanghai' as date) as day
            ), counted as (
                select day, platform, '' as reason, count(*) as checks,
                       count(*) filter (where verdict <> 'PASS') as intercepted
                from added group by 1, 2
                union all
                select day, platform, reason, count(*), count(*) filter (where verdict <> 'PASS')
                from added, unnest(string_to_array(reasons, ',')) as reason where reasons <> '' group by 1, 2, 3
            )
            insert into listing_check_daily as daily (day, platform, reason, checks, intercepted)
            select * from counted order by day, platform, reason
            on conflict (day, platform, reason) do update
                set checks = daily.checks + excluded.checks, intercepted = daily.intercepted + excluded.intercepted""";
    private static final String[] TYPES = {"varchar", "varchar", "varchar", "varchar", "varchar", "text", "varchar",
            "text", "text", "varchar"};
    private static final String MOVE = """
            insert into listing_check_journal (node, segment, byte_offset) values (?, ?, ?)
            on conflict (node) do update set segment = excluded.segment, byte_offset = excluded.byte_offset""";

    private final JdbcTemplate jdbc;
    private final boolean enabled;
    private final Path directory;
    private final Counter unrecorded;
    private final AtomicLong backlog = new AtomicLong();
    private volatile CheckJournal journal;
    private volatile boolean running;
    private volatile long lastComplaint;
    private long segment;
    private long offset;
    private Thread writer;

    ListingCheckLog(JdbcTemplate jdbc, MeterRegistry registry,
                    @Value("${tianping.verification.record-checks:true}") boolean enabled,
                    @Value("${tianping.data-dir}") Path dataDir) {
        this.jdbc = jdbc;
        this.enabled = enabled;
        this.directory = dataDir.resolve("check-journal");
        this.unrecorded = Counter.builder("tianping.listing.check.log.unrecorded")
                .description("Checks answered but not recorded: the journal could not be written").register(registry);
        Gauge.builder("tianping.listing.check.log.backlog", backlog, AtomicLong::get).baseUnit("bytes")
                .description("Recorded checks on disk not yet in listing_check").register(registry);
    }

    void record(Actor actor, CheckResult result) {
        CheckJournal open = journal;
        if (!enabled || open == null) {
            return;
        }
        try {
            open.append(CheckRow.of(actor.id(), result));
        } catch (IOException | RuntimeException e) {
            unrecorded.increment();
            if (System.nanoTime() - lastComplaint > 60_000_000_000L) {
                lastComplaint = System.nanoTime();
                log.error("Listing checks are answered but NOT recorded (the check journal in {} cannot be written): {}",
                        directory, e.toString());
            }
        }
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        try {
            journal = new CheckJournal(directory, 64L << 20);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the check journal in " + directory, e);
        }
        startAtStoredPosition();
        running = true;
        writer = Thread.ofPlatform().name("listing-check-log").daemon().start(this::moveUntilStopped);
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        writer.interrupt();
        try {
            writer.join(10_000);
            long until = System.nanoTime() + 10_000_000_000L;
            while (moveOnce() && System.nanoTime() < until) {
                // what was answered before the stop goes in now, or at the next start
            }
            journal.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            log.warn("Recorded checks left in the journal for the next start: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Checks answered on this node and not yet in {@code listing_check}, in bytes of journal. */
    long backlog() {
        return backlog.get();
    }

    private void startAtStoredPosition() {
        List<long[]> stored = jdbc.query("select segment, byte_offset from listing_check_journal where node = ?",
                (row, n) -> new long[] {row.getLong(1), row.getLong(2)}, journal.node());
        List<Long> segments = journal.segments();
        if (!stored.isEmpty() && journal.exists(stored.getFirst()[0])) {
            segment = stored.getFirst()[0];
            offset = stored.getFirst()[1];
        } else {
            long stillThere = stored.isEmpty() ? 0 : stored.getFirst()[0];
            segment = segments.stream().filter(each -> each >= stillThere).findFirst().orElse(journal.currentSegment());
            offset = 0;
        }
    }

    private void moveUntilStopped() {
        while (running) {
            try {
                if (!moveOnce()) {
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | IOException e) {
                log.warn("Could not record listing checks yet, they wait in the journal: {}", e.toString());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    /** Moves one batch, or past one finished segment; false when there is nothing to do now. */
    private boolean moveOnce() throws IOException {
        CheckJournal.Chunk chunk = journal.read(segment, offset, BATCH);
        if (!chunk.lines().isEmpty()) {
            write(chunk.lines(), segment, chunk.nextOffset());
            offset = chunk.nextOffset();
            backlog.set(journal.backlog(segment, offset));
            return true;
        }
        if (segment < journal.currentSegment()) {
            // a finished segment (a torn last line of a killed process has no answer behind it) is done
            long next = journal.segments().stream().filter(each -> each > segment).findFirst().orElse(journal.currentSegment());
            jdbc.update(MOVE, journal.node(), next, 0L);
            journal.delete(segment);
            segment = next;
            offset = 0;
            return true;
        }
        backlog.set(journal.backlog(segment, offset));
        return false;
    }

    private void write(List<String> rows, long inSegment, long nextOffset) {
        Object[][] columns = CheckRow.columns(rows);
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT);
                 PreparedStatement move = connection.prepareStatement(MOVE)) {
                for (int column = 0; column < columns.length; column++) {
                    insert.setArray(column + 1, connection.createArrayOf(TYPES[column], columns[column]));
                }
                insert.executeUpdate();
                move.setString(1, journal.node());
                move.setLong(2, inSegment);
                move.setLong(3, nextOffset);
                move.executeUpdate();
                connection.commit();
                return null;
            } catch (java.sql.SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        });
    }
}
