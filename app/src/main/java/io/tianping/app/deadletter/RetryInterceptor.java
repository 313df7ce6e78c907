package io.tianping.app.deadletter;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a dead letter is retried, on every processing group (Axon runs it around each letter, and around each event of a
 * processor, where it only checks that no letter is being retried):
 * <ul>
 * <li>with the event as the event store holds it now, not with the copy in the queue: an event whose stored row was
 * repaired is read again, as a processor reading the store would;</li>
 * <li>inside a savepoint, so a retry that fails with an SQL error leaves the transaction able to record that it
 * failed (on PostgreSQL an SQL error aborts the whole transaction otherwise). Retries are rare: the savepoint costs
 * nothing on the processors' path.</li>
 * </ul>
 */
final class RetryInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private final EventStorageEngine events;
    private final TransactionTemplate savepoint;

    RetryInterceptor(EventStorageEngine events, PlatformTransactionManager transactions) {
        this.events = events;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!unitOfWork.resources().containsKey(DeadLetter.class.getName())) {
            return chain.proceed(); // a processor handling an event of the stream
        }
        unitOfWork.transformMessage(this::asStoredNow);
        Exception[] failure = new Exception[1];
        Object result = savepoint.execute(status -> {
            try {
                return chain.proceed();
            } catch (Exception e) {
                failure[0] = e;
                status.setRollbackOnly(); // back to the savepoint
                return null;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return result;
    }

    private EventMessage<?> asStoredNow(EventMessage<?> letter) {
        if (!(letter instanceof DomainEventMessage<?> event)) {
            return letter;
        }
        DomainEventStream stored = events.readEvents(event.getAggregateIdentifier(), event.getSequenceNumber());
        if (!stored.hasNext()) {
            return letter; // no longer in the store: the queue's copy is all there is
        }
        DomainEventMessage<?> now = stored.next();
        if (now.getSequenceNumber() != event.getSequenceNumber() || !now.getIdentifier().equals(event.getIdentifier())) {
            return letter;
        }
        return letter instanceof TrackedEventMessage<?> tracked // the token says whether it is a replay
                ? new GenericTrackedDomainEventMessage<>(tracked.trackingToken(), now)
                : now;
    }
}
