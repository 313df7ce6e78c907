package io.tianping.app.web.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * The events a request's commands appended, noted as they are published (the command bus handles a request's
 * commands on the request's thread), while {@link #recording} is on for that thread.
 */
final class AppendedEvents implements MessageDispatchInterceptor<EventMessage<?>> {

    /** One appended event: enough to find the segment that handles it and the processors that do. */
    record Appended(String eventId, String aggregateId, Class<?> payloadType) { }

    private static final ThreadLocal<List<Appended>> RECORDED = new ThreadLocal<>();

    static List<Appended> recording() {
        var recorded = new ArrayList<Appended>();
        RECORDED.set(recorded);
        return recorded;
    }

    static void stop() {
        RECORDED.remove();
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        List<Appended> recorded = RECORDED.get();
        if (recorded != null) {
            for (EventMessage<?> message : messages) {
                if (message instanceof DomainEventMessage<?> domain) {
                    recorded.add(new Appended(domain.getIdentifier(), domain.getAggregateIdentifier(),
                            domain.getPayloadType()));
                }
            }
        }
        return (index, message) -> message;
    }
}
