package io.tianping.app.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every processing group runs on a pooled streaming processor with its tokens in PostgreSQL, so read models can be
 * replayed and several nodes share the work; a handler that fails on an event never skips it: the event waits as a dead
 * letter (app/deadletter), or, when the infrastructure failed, the segment retries; every event inherits who caused it
 * from the command's metadata; aggregates find a command's target through {@link CachedCommandTargets}.
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    @Bean
    ConfigurerModule pooledStreamingProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((config, builder) -> builder
                        .batchSize(100)
                        // one segment each: every segment's work package is offered every event, so 16 processors of
                        // two segments cost the import a tenth of its CPU; a module gives a heavy processor more
                        .initialSegmentCount(1))
                // Axon's default only logs a failing handler and moves the token on: the event would be lost to that
                // read model. Propagated, it reaches the group's dead-letter policy (DeadLetterPolicy), which parks
                // the event or, for an outage, lets the processor release the segment and retry with back-off until
                // the store or cluster answers again (an Elasticsearch outage heals by itself).
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance()));
    }

    @Bean
    ConfigurerModule cachedCommandTargets() {
        return configurer -> configurer.registerComponent(CommandTargetResolver.class, config -> new CachedCommandTargets());
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
