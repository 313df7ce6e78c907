package io.tianping.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.TianpingTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** Axon 4.13 on Boot 4 silently falls back to no transactions and no JDBC store: prove it did not (stack.md, trap 1). */
@TianpingTest
class EventStoreConfigurationTest {

    @Autowired TransactionManager transactionManager;
    @Autowired EventStorageEngine storageEngine;
    @Autowired TokenStore tokenStore;
    @Autowired SagaStore<?> sagaStore;
    @Autowired @Qualifier("eventSerializer") Serializer eventSerializer;

    @Test
    void eventsTokensAndSagasLiveInPostgresUnderSpringTransactions() {
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(sagaStore).isInstanceOf(JdbcSagaStore.class);
        assertThat(eventSerializer).isInstanceOf(JacksonSerializer.class);
    }
}
