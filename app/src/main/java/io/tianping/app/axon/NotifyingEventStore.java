package io.tianping.app.axon;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, telling the pooled processors when events are there. Without that, a processor with
 * nothing to do looks again only every 500 ms, so a read model showed a write 0.25-0.5 s late, and a write held until
 * its read models applied it (read-your-writes) waited as long. Streams opened here accept an availability callback,
 * run a few times after each commit (the store fetches the new events asynchronously, so once at once, once a little
 * later) and every 500 ms as a safety net: no slower than before, and usually within milliseconds.
 */
final class NotifyingEventStore extends EmbeddedEventStore {

    private static final long[] AFTER_COMMIT_MILLIS = {2, 20, 100};
    private static final long SAFETY_NET_MILLIS = 500;

    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    /** One nudge at most waiting per delay: a burst of commits (a batch of 1,000 first checks) wakes each processor a few times, not 3,000. */
    private final AtomicBoolean[] pending = {new AtomicBoolean(), new AtomicBoolean(), new AtomicBoolean()};
    private final ScheduledExecutorService nudges = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-availability");
        thread.setDaemon(true);
        return thread;
    });

    NotifyingEventStore(EmbeddedEventStore.Builder builder) {
        super(builder);
        nudges.scheduleWithFixedDelay(this::nudge, SAFETY_NET_MILLIS, SAFETY_NET_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        if (!callbacks.isEmpty()) {
            for (int i = 0; i < AFTER_COMMIT_MILLIS.length; i++) {
                AtomicBoolean slot = pending[i];
                if (slot.compareAndSet(false, true)) {
                    nudges.schedule(() -> {
                        slot.set(false);
                        nudge();
                    }, AFTER_COMMIT_MILLIS[i], TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new Notified(super.openStream(trackingToken));
    }

    @Override
    public void shutDown() {
        nudges.shutdownNow();
        super.shutDown();
    }

    private void nudge() {
        callbacks.forEach(Runnable::run);
    }

    /** A stream of the store that accepts an availability callback. */
    private final class Notified implements TrackingEventStream {

        private final TrackingEventStream stream;
        private volatile Runnable callback;

        Notified(TrackingEventStream stream) {
            this.stream = stream;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                callbacks.remove(registered);
            }
            stream.close();
        }
    }
}
