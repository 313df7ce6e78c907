package io.tianping.verification.config;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * verification's processors. The check index subscribes (it must change the moment a transaction commits); the
 * notice feed, the fan-out and the webhook outbox run on one segment each, because their order is part of what they
 * promise.
 */
@Configuration(proxyBeanMethods = false)
class VerificationProcessing {

    @Bean
    ConfigurerModule verificationProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor("verification-certificate-index")
                .registerPooledStreamingEventProcessorConfiguration("verification-takedown-notices",
                        (config, builder) -> builder.initialSegmentCount(1))
                .registerPooledStreamingEventProcessorConfiguration("verification-takedown-fanout",
                        (config, builder) -> builder.initialSegmentCount(1))
                .registerPooledStreamingEventProcessorConfiguration("verification-takedown-webhooks",
                        (config, builder) -> builder.initialSegmentCount(1)));
    }
}
