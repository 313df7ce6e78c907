package io.tianping.traceability.config;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * traceability's processors. What a passport reads (products, recalls, clone suspicions, certificate statuses)
 * subscribes: it changes as the event commits, so a scan right after a recall or a suspension shows it. The reaction
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
                .registerSubscribingEventProcessor("traceability-certificates")
                .registerPooledStreamingEventProcessorConfiguration("traceability-recall-interceptions",
                        (config, builder) -> builder.initialSegmentCount(1)));
    }
}
