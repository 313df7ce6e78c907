package io.tianping.app.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Dead letters for every processing group ({@link DeadLetterModule}), and how they are retried ({@link RetryBackOff}). */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    @Bean
    SqlFailures sqlFailures() {
        return new SqlFailures();
    }

    @Bean // Axon's Spring support collects every HandlerEnhancerDefinition bean
    SqlFailureReplay sqlFailureReplay(SqlFailures sqlFailures) {
        return new SqlFailureReplay(sqlFailures);
    }

    @Bean
    DeadLetterModule deadLetterModule(ConnectionProvider connections, TransactionManager transactions,
                                      @Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer,
                                      DeadLetterQueues queues, SqlFailures sqlFailures, EventStorageEngine events,
                                      PlatformTransactionManager platformTransactions, MeterRegistry meters) {
        return new DeadLetterModule(connections, transactions, eventSerializer, serializer, queues, sqlFailures,
                new RetryInterceptor(events, platformTransactions), meters);
    }

    @Bean
    RetryBackOff retryBackOff(@Value("${tianping.dead-letters.retry-every:PT10S}") Duration first,
                              @Value("${tianping.dead-letters.max-back-off:PT10M}") Duration max) {
        return new RetryBackOff(first, max);
    }
}
