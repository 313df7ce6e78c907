package io.tianping.app.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.TianpingTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every processing group of every module, a new one too, parks what it cannot handle in PostgreSQL. */
@TianpingTest
class DeadLetterQueuesTest {

    @Autowired EventProcessingConfiguration processing;
    @Autowired DeadLetterQueues queues;

    @Test
    void everyProcessingGroupHasADeadLetterQueueInTheDatabase() {
        assertThat(processing.eventProcessors().keySet()).isNotEmpty().allSatisfy(group -> {
            assertThat(queues.of(group)).as(group).containsInstanceOf(JdbcSequencedDeadLetterQueue.class);
            assertThat(processing.sequencedDeadLetterProcessor(group)).as(group).isPresent();
        });
        assertThat(queues.processingGroups()).contains("verification-certificate-view", "verification-takedown-fanout",
                "enforcement-case-view", "spotcheck-results");
    }
}
