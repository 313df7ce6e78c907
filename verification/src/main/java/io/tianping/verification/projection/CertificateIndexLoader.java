package io.tianping.verification.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tianping.verification.api.CertificateEvent;
import io.tianping.verification.api.ListingEvent;
import io.tianping.verification.api.MerchantEvent;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Fills the {@link CertificateIndex} from the event store before the application takes its first request; from then
 * on the index's subscribing processor keeps it current. An event that cannot be read or applied is skipped, logged
 * with its position and id, and counted in metric {@value #UNREADABLE} (health shows the platform DEGRADED): one bad
 * row must not keep the platform from starting. The index then lacks that event until the row is repaired and the
 * application restarted; the processors' dead letters hold it for the other read models.
 */
@Component
class CertificateIndexLoader implements SmartInitializingSingleton {

    static final String UNREADABLE = "tianping.events.unreadable";

    private static final Logger log = LoggerFactory.getLogger(CertificateIndexLoader.class);

    private final EventStorageEngine events;
    private final CertificateIndex index;
    private final Counter unreadable;

    CertificateIndexLoader(EventStorageEngine events, CertificateIndex index, MeterRegistry meters) {
        this.events = events;
        this.index = index;
        this.unreadable = Counter.builder(UNREADABLE)
                .description("Stored events a module could not read or apply while loading at start, and skipped")
                .tag("reader", CertificateIndex.GROUP)
                .register(meters);
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        long applied = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
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
            }
        }
        log.info("Certificate index loaded: {} certificates from {} events in {} ms{}", index.size(), applied,
                (System.nanoTime() - started) / 1_000_000,
                unreadable.count() == 0 ? "" : ", %.0f unreadable events skipped".formatted(unreadable.count()));
    }

    private void skip(TrackedEventMessage<?> message, RuntimeException failure) {
        unreadable.increment();
        log.error("Certificate index: skipped event {} at global index {} ({} #{} of {}): it cannot be read or applied. "
                        + "Listing checks answer without it until the stored event is repaired and the application restarted.",
                message.getIdentifier(), message.trackingToken().position().orElse(-1),
                type(message), message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1,
                message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : "-", failure);
    }

    private static String type(TrackedEventMessage<?> message) {
        return message.getPayloadType().getSimpleName();
    }
}
