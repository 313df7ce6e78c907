package io.tianping.app.deadletter;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.jspecify.annotations.Nullable;

/**
 * One dead letter as administrators see it: which event of which aggregate, the failure it was enqueued for (none for
 * an event queued only because an earlier one of its aggregate waits), its failed retries and the latest one's failure;
 * {@code nextRetryAt} only on the first letter of a sequence, the others wait behind it.
 */
record Letter(String letterId, String sequenceIdentifier, String eventId, String eventType, @Nullable String aggregateId,
              @Nullable Long aggregateSequence, @Nullable String causeType, @Nullable String causeMessage, Instant enqueuedAt, Instant lastTouched,
              int retries, @Nullable String lastRetryFailure, @Nullable Instant nextRetryAt) {

    /** @param backOff when to retry it, for the first letter of its sequence; null for the others */
    static Letter of(DeadLetter<? extends EventMessage<?>> letter, String letterId, String sequenceIdentifier,
                     RetryBackOff backOff) {
        EventMessage<?> event = letter.message();
        var domain = event instanceof DomainEventMessage<?> d ? d : null;
        return new Letter(letterId, sequenceIdentifier, event.getIdentifier(), event.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getAggregateIdentifier(), domain == null ? null : domain.getSequenceNumber(),
                letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null),
                letter.enqueuedAt(), letter.lastTouched(), DeadLetterPolicy.retries(letter),
                letter.diagnostics().get(DeadLetterPolicy.LAST_FAILURE) instanceof String failure ? failure : null,
                backOff == null ? null : backOff.nextRetryAt(letter));
    }
}
