package io.tianping.app.support;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.spring.messaging.ApplicationContextEventPublisher;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Hands every event the Axon event store publishes to Spring's application events as well, so Modulith's
 * {@code Scenario} and {@code PublishedEvents} see them. Axon publishes an event when its unit of work prepares to
 * commit, on the thread that sent the command; Modulith records only events published on the test's own thread, so a
 * test sees the events of the commands it sends itself, not those of reactions running on a processor's thread.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AxonEventsAsSpringEvents {

    @Bean
    ApplicationContextEventPublisher axonEventsAsSpringEvents(EventStore events) {
        return new ApplicationContextEventPublisher(events);
    }
}
