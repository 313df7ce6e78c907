package io.tianping.traceability.config;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * traceability's processors. What a passport reads (products, recalls, clone suspicions) subscribes: it changes as the
 * event commits, so a scan right after a recall shows it on the node that took it (other nodes follow the tables:
 * {@code TableFollower}); certificate statuses come from verification's check index. The reaction
 * that asks verification to intercept a recalled model streams on one segment.
 */
@Configuration(proxyBeanMethods = false)
class TraceabilityProcessing {

    @Bean
    ConfigurerModule traceabilityProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor("traceability-products")
                .registerSubscribingEventProcessor("traceability-recalls")
                .registerSubscribingEventProcessor("traceability-clones")
                .registerPooledStreamingEventProcessorConfiguration("traceability-recall-interceptions",
                        (config, builder) -> builder.initialSegmentCount(1)));
    }
}
