package io.tianping.app.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every processing group runs on a pooled streaming processor with its tokens in PostgreSQL, so read models can be
 * replayed and several nodes share the work; every event inherits who caused it from the command's metadata.
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    @Bean
    ConfigurerModule pooledStreamingProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((config, builder) -> builder
                        .batchSize(100)
                        .initialSegmentCount(2)));
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actorMetadata() {
        return new SimpleCorrelationDataProvider(AuditMetadata.KEYS.toArray(String[]::new));
    }
}
