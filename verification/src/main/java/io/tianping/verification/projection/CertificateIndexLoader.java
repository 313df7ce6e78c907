package io.tianping.verification.projection;

import io.tianping.verification.api.CertificateEvent;
import io.tianping.verification.api.ListingEvent;
import io.tianping.verification.api.MerchantEvent;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Fills the {@link CertificateIndex} from the event store before the application takes its first request; from then
 * on the index's subscribing processor keeps it current.
 */
@Component
class CertificateIndexLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CertificateIndexLoader.class);

    private final EventStorageEngine events;
    private final CertificateIndex index;

    CertificateIndexLoader(EventStorageEngine events, CertificateIndex index) {
        this.events = events;
        this.index = index;
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
                    index.apply(message.getPayload());
                    applied++;
                }
            }
        }
        log.info("Certificate index loaded: {} certificates from {} events in {} ms", index.size(), applied,
                (System.nanoTime() - started) / 1_000_000);
    }
}
