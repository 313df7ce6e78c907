package io.tianping.app.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.SerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Which failures park an event and which keep the processor retrying, through Axon's own dead-lettering invoker: an
 * outage must still hold the segment (its events would otherwise pile up as letters), everything else must not.
 */
class DeadLetterPolicyTest {

    private final InMemorySequencedDeadLetterQueue<EventMessage<?>> queue = InMemorySequencedDeadLetterQueue.defaultQueue();
    private final Projection projection = new Projection();
    private final DeadLetteringEventHandlerInvoker invoker = DeadLetteringEventHandlerInvoker.builder()
            .eventHandlers(projection)
            .queue(queue)
            .enqueuePolicy(new DeadLetterPolicy("projection", new SqlFailures(), new SimpleMeterRegistry()))
            .transactionManager(NoTransactionManager.instance())
            .build();

    /** Applies events, or fails on them the way the platform's handlers do. */
    static class Projection {

        final List<String> applied = new ArrayList<>();
        RuntimeException next;

        @EventHandler
        void on(String event) {
            RuntimeException failure = next;
            next = null;
            if (failure != null) {
                throw failure;
            }
            applied.add(event);
        }
    }

    @Test
    void anEventThatCannotBeReadWaitsWithItsAggregatesLaterEventsWhileOtherAggregatesGoOn() throws Exception {
        handle("certificate-1", 0, "issued", new SerializationException("Error while deserializing object",
                new JsonParseException(null, "Unrecognized token 'not'")));
        handle("certificate-1", 1, "suspended", null);
        handle("certificate-2", 0, "issued", null);

        assertThat(projection.applied).containsExactly("issued");
        assertThat(queue.sequenceSize("certificate-1")).isEqualTo(2);
        Cause cause = queue.deadLetterSequence("certificate-1").iterator().next().cause().orElseThrow();
        assertThat(cause.type()).isEqualTo(SerializationException.class.getName());
        assertThat(cause.message()).contains("Unrecognized token 'not'");
    }

    @Test
    void anOutageKeepsTheSegmentRetryingInsteadOfParkingTheEvent() {
        for (RuntimeException outage : List.of(new UncheckedIOException(new ConnectException("Connection refused")),
                new CannotGetJdbcConnectionException("database down"), new CannotAcquireLockException("deadlock"),
                new IllegalStateException(new SQLException("terminating connection", "57P01")))) {
            assertThatThrownBy(() -> handle("certificate-3", 0, "issued", outage)).isSameAs(outage);
        }
        assertThat(queue.contains("certificate-3")).isFalse();
    }

    @Test
    void anSqlErrorFailsTheBatchOnceThenParksTheEventOnTheBatchsNextAttempt() {
        var sqlFailures = new SqlFailures();
        var policy = new DeadLetterPolicy("projection", sqlFailures, new SimpleMeterRegistry());
        EventMessage<?> event = new GenericDomainEventMessage<>("Certificate", "certificate-4", 0, "issued");
        var tooLong = new DataIntegrityViolationException("value too long", new SQLException("value too long", "22001"));

        assertThatThrownBy(() -> policy.decide(new GenericDeadLetter<>(
                "certificate-4", event, tooLong), tooLong)).isSameAs(tooLong);
        var remembered = new SqlFailures.Remembered(sqlFailures.take("projection", event.getIdentifier()).orElseThrow());
        var decision = policy.decide(new GenericDeadLetter<>(
                "certificate-4", event, remembered), remembered);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).hasValueSatisfying(cause ->
                assertThat(((Cause) cause).type()).isEqualTo(DataIntegrityViolationException.class.getName()));
    }

    @Test
    void aRetryThatFailsAgainKeepsItsFirstCauseAndCountsTheRetry() {
        var policy = new DeadLetterPolicy("projection", new SqlFailures(), new SimpleMeterRegistry());
        EventMessage<?> event = new GenericDomainEventMessage<>("Certificate", "certificate-5", 0, "issued");
        var stored = new JdbcDeadLetter<>("letter-1", 0, "certificate-5", Instant.now(), Instant.now(),
                new ThrowableCause("java.lang.IllegalArgumentException", "bad model"), MetaData.with("retries", 2), event);

        var decision = policy.decide(stored, new UncheckedIOException(new ConnectException("Connection refused")));

        assertThat(decision.shouldEnqueue()).as("a retry is never thrown on, even for an outage").isTrue();
        var requeued = decision.withDiagnostics(stored);
        assertThat(requeued.cause().orElseThrow().message()).isEqualTo("bad model");
        assertThat(requeued.diagnostics()).containsEntry("retries", 3);
        assertThat((String) requeued.diagnostics().get("lastFailure")).contains("Connection refused");
    }

    private void handle(String aggregate, long sequence, String payload, RuntimeException failure) throws Exception {
        projection.next = failure;
        invoker.handle(new GenericDomainEventMessage<>("Certificate", aggregate, sequence, payload), Segment.ROOT_SEGMENT);
    }
}
