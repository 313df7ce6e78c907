package io.tianping.app.deadletter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one processing group does with an event its handlers failed on. A failure of the infrastructure is thrown on:
 * the processor rolls the batch back and retries it with back-off until the database or Elasticsearch answers, as it
 * did before dead letters existed (Axon's invoker lets an exception from the policy through). An SQL error is thrown
 * on once, to get a clean transaction ({@link SqlFailures}). Anything else is the event's own problem: it is
 * dead-lettered with its cause, and the events after it go on. A letter that fails again on a retry stays in the
 * queue, with one more retry counted for its back-off ({@link RetryBackOff}) and that retry's failure.
 */
final class DeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String RETRIES = "retries";
    static final String LAST_FAILURE = "lastFailure";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPolicy.class);

    private final String processingGroup;
    private final SqlFailures sqlFailures;
    private final Counter enqueued;

    DeadLetterPolicy(String processingGroup, SqlFailures sqlFailures, MeterRegistry meters) {
        this.processingGroup = processingGroup;
        this.sqlFailures = sqlFailures;
        this.enqueued = Counter.builder("tianping.deadletters.enqueued")
                .description("Events a processing group failed on and put in its dead-letter queue")
                .tag("processingGroup", processingGroup)
                .register(meters);
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (letter instanceof JdbcDeadLetter<?>) { // a retry from the queue failed: never thrown, the letter stays
            // with the cause it was enqueued for (Axon would store a new cause as type ThrowableCause), the latest here
            var latest = Failures.describe(cause);
            return Decisions.requeue(null, failed -> failed.diagnostics()
                    .and(RETRIES, retries(failed) + 1).and(LAST_FAILURE, latest.type() + ": " + latest.message()));
        }
        Throwable failure = cause;
        if (cause instanceof SqlFailures.Remembered remembered) {
            failure = remembered.getCause();
        } else if (Failures.isTransient(cause)) {
            throw propagate(cause);
        } else if (Failures.isSqlError(cause)) {
            sqlFailures.remember(processingGroup, letter.message().getIdentifier(), cause);
            throw propagate(cause);
        }
        enqueued.increment();
        log.warn("Dead-lettered event {} ({}) for {}: {}", letter.message().getIdentifier(), describe(letter.message()),
                processingGroup, Failures.describe(failure).message());
        return Decisions.enqueue(Failures.describe(failure), ignored -> MetaData.with(RETRIES, 0));
    }

    static int retries(DeadLetter<?> letter) {
        return letter.diagnostics().get(RETRIES) instanceof Number retries ? retries.intValue() : 0;
    }

    private static String describe(EventMessage<?> event) {
        String type = event.getPayloadType().getSimpleName();
        return event instanceof DomainEventMessage<?> domain
                ? "%s #%d of %s".formatted(type, domain.getSequenceNumber(), domain.getAggregateIdentifier())
                : type;
    }

    private static RuntimeException propagate(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("Event handling failed; the processor retries the batch", cause);
    }
}
