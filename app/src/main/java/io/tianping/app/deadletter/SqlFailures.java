package io.tianping.app.deadletter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Events whose handler failed with an SQL error, remembered between two attempts at the same batch. On PostgreSQL
 * such an error aborts the batch's transaction: nothing more can be written in it, not even the dead letter. So the
 * {@link DeadLetterPolicy} remembers the event and lets the batch fail; the processor rolls it back and tries again,
 * and this time the event fails at once, before its handler touches the database ({@link SqlFailureReplay}), and is
 * dead-lettered in a transaction that is still sound. No savepoint per event: they would cost the import and replays
 * two round trips per event and group.
 */
final class SqlFailures {

    private static final int MAX_REMEMBERED = 1000; // a failure whose batch never comes back is forgotten eventually

    private final Map<Key, Throwable> failures = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Throwable> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };
    private volatile boolean empty = true;

    private record Key(String processingGroup, String eventId) { }

    /** Thrown instead of handling an event that broke its batch's transaction the time before. */
    static final class Remembered extends RuntimeException {

        Remembered(Throwable first) {
            super("failed with an SQL error on the batch's previous attempt", first);
        }
    }

    synchronized void remember(String processingGroup, String eventId, Throwable failure) {
        failures.put(new Key(processingGroup, eventId), failure);
        empty = false;
    }

    /** True while {@code failure} is remembered: the batch it failed is being rolled back on purpose. */
    synchronized boolean holds(Throwable failure) {
        return !empty && failures.containsValue(failure);
    }

    /** The failure remembered for this event and group, forgotten as it is returned. */
    Optional<Throwable> take(String processingGroup, String eventId) {
        if (empty) { // the usual case, read on every event without a lock
            return Optional.empty();
        }
        synchronized (this) {
            Throwable failure = failures.remove(new Key(processingGroup, eventId));
            empty = failures.isEmpty();
            return Optional.ofNullable(failure);
        }
    }
}
