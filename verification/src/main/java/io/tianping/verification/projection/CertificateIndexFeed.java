package io.tianping.verification.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tianping.verification.api.CertificateEvent;
import io.tianping.verification.api.ListingEvent;
import io.tianping.verification.api.MerchantEvent;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Feeds the {@link CertificateIndex} from the event store, in the store's order, whichever node wrote the events.
 * At start it reads every event before the application takes its first request; then it reads what is new right after
 * each commit of this node that appended index events ({@link CertificateIndexUpdates}: the writer's answer waits for
 * it, so a check on this node sees a suspension the moment its 2xx is sent), and every
 * {@code tianping.verification.index-follow} (250 ms) for the events other nodes wrote. Reading one stream in the
 * store's order (gaps of transactions still open included, as Axon's tracking processors do) is what keeps two nodes'
 * changes to one certificate in the right order.
 *
 * <p>An event that cannot be read or applied is skipped, logged with its position and id, and counted in metric
 * {@value #UNREADABLE} (health shows the platform DEGRADED): one bad row must not keep the platform from starting or
 * the index from following. The index then lacks that event until the row is repaired and the application restarted;
 * the processors' dead letters hold it for the other read models.
 */
@Component
class CertificateIndexFeed implements SmartInitializingSingleton, DisposableBean {

    static final String UNREADABLE = "tianping.events.unreadable";

    private static final Logger log = LoggerFactory.getLogger(CertificateIndexFeed.class);

    private final EventStorageEngine events;
    private final CertificateIndex index;
    private final Counter unreadable;
    private final Duration follow;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("certificate-index-feed").daemon().factory());
    /** Commits of this node with index events, counted; a read that started after commit n has its events. */
    private final AtomicLong commits = new AtomicLong();
    private long readAfterCommits; // guarded by this
    private TrackingToken position; // guarded by this

    CertificateIndexFeed(EventStorageEngine events, CertificateIndex index, MeterRegistry meters,
                         @Value("${tianping.verification.index-follow:PT0.25S}") Duration follow) {
        this.events = events;
        this.index = index;
        this.follow = follow;
        this.unreadable = Counter.builder(UNREADABLE)
                .description("Stored events a module could not read or apply while loading at start, and skipped")
                .tag("reader", CertificateIndex.GROUP)
                .register(meters);
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        long applied = readNew();
        log.info("Certificate index loaded: {} certificates from {} events in {} ms{}", index.size(), applied,
                (System.nanoTime() - started) / 1_000_000,
                unreadable.count() == 0 ? "" : ", %.0f unreadable events skipped".formatted(unreadable.count()));
        poller.scheduleWithFixedDelay(this::follow, follow.toMillis(), follow.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Returns once the index holds what this node just committed (read by this call, or by one started after it). */
    void committed() {
        long mine = commits.incrementAndGet();
        synchronized (this) {
            if (readAfterCommits >= mine) {
                return;
            }
            long upTo = commits.get();
            try {
                readNew();
                readAfterCommits = upTo;
            } catch (RuntimeException e) { // the database is away: the next read takes it
                log.warn("Certificate index: could not read the store after a commit ({}); it follows again in {} ms",
                        e.toString(), follow.toMillis());
            }
        }
    }

    private void follow() {
        try {
            long upTo = commits.get();
            synchronized (this) {
                readNew();
                readAfterCommits = Math.max(readAfterCommits, upTo);
            }
        } catch (RuntimeException e) {
            log.debug("Certificate index: the store cannot be read now: {}", e.toString());
        }
    }

    /** Applies every index event after {@link #position}; returns how many. */
    private synchronized long readNew() {
        long applied = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(position, false)) {
            var iterator = stream.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> message = iterator.next();
                Class<?> type = message.getPayloadType();
                if (CertificateEvent.class.isAssignableFrom(type) || ListingEvent.class.isAssignableFrom(type)
                        || MerchantEvent.class.isAssignableFrom(type)) {
                    try {
                        index.apply(message.getPayload());
                        applied++;
                    } catch (RuntimeException e) { // the payload cannot be read, or applying it failed
                        skip(message, e);
                    }
                }
                position = message.trackingToken();
            }
        }
        return applied;
    }

    private void skip(TrackedEventMessage<?> message, RuntimeException failure) {
        unreadable.increment();
        log.error("Certificate index: skipped event {} at global index {} ({} #{} of {}): it cannot be read or applied. "
                        + "Listing checks answer without it until the stored event is repaired and the application restarted.",
                message.getIdentifier(), message.trackingToken().position().orElse(-1),
                message.getPayloadType().getSimpleName(),
                message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1,
                message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : "-", failure);
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
    }
}
