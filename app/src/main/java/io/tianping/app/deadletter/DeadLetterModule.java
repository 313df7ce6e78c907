package io.tianping.app.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;

/**
 * Gives every processing group, present and future, a dead-letter queue sequenced per aggregate in table
 * {@code dead_letter_entry} ({@code V3__dead_letters.sql}), written in the batch's own transaction (same connection
 * provider and transaction manager as the token store), with the serializers of the event store: the copy of an event
 * that cannot be read is the stored bytes, not a failed attempt to serialize it again. Each group also gets its
 * {@link DeadLetterPolicy}, a cache that spares a query per event while the queue is empty, and {@code allowReset}: a
 * replay handles every event again from the first, so the letters from before it would only be stale duplicates (the
 * reaction groups, all {@code @DisallowReplay}, cannot be reset at all, so their letters are never cleared this way).
 * Every processor's error handler is {@link BatchFailures}. Runs after Axon's own modules, whose provider (for
 * {@code axon.eventhandling.processors.*.dlq.enabled}) it replaces.
 */
final class DeadLetterModule implements ConfigurerModule {

    private final ConnectionProvider connections;
    private final TransactionManager transactions;
    private final Serializer eventSerializer;
    private final Serializer serializer;
    private final DeadLetterQueues queues;
    private final SqlFailures sqlFailures;
    private final RetryInterceptor retries;
    private final MeterRegistry meters;

    DeadLetterModule(ConnectionProvider connections, TransactionManager transactions, Serializer eventSerializer,
                     Serializer serializer, DeadLetterQueues queues, SqlFailures sqlFailures, RetryInterceptor retries,
                     MeterRegistry meters) {
        this.connections = connections;
        this.transactions = transactions;
        this.eventSerializer = eventSerializer;
        this.serializer = serializer;
        this.queues = queues;
        this.sqlFailures = sqlFailures;
        this.retries = retries;
        this.meters = meters;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing(processing -> processing
                .registerDeadLetterQueueProvider(group -> {
                    configure(processing, group);
                    return config -> queues.add(group, gauged(group, queue(group)));
                })
                .registerDefaultHandlerInterceptor((config, processor) -> retries)
                .registerDefaultErrorHandler(config -> new BatchFailures(meters, sqlFailures)));
    }

    // Axon asks for a group's queue once, while it assigns the group's handlers, before it builds any invoker
    private void configure(EventProcessingConfigurer processing, String group) {
        processing.registerDeadLetterPolicy(group, config -> new DeadLetterPolicy(group, sqlFailures, meters))
                .registerDeadLetteringEventHandlerInvokerConfiguration(group, (config, invoker) -> invoker
                        .enableSequenceIdentifierCache()
                        .allowReset(true));
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        return JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(group)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema())
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
    }

    private SequencedDeadLetterQueue<EventMessage<?>> gauged(String group, SequencedDeadLetterQueue<EventMessage<?>> queue) {
        Gauge.builder("tianping.deadletters", queue, DeadLetterModule::size)
                .description("Events waiting in a processing group's dead-letter queue")
                .tag("processingGroup", group)
                .strongReference(true)
                .register(meters);
        return queue;
    }

    private static double size(SequencedDeadLetterQueue<?> queue) {
        try {
            return queue.size();
        } catch (RuntimeException e) { // the database does not answer: no value rather than a failed scrape
            return Double.NaN;
        }
    }

    static DeadLetterSchema schema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
