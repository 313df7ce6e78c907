package io.tianping.app.deadletter;

import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Makes an event that broke its batch's transaction with an SQL error fail at once on the batch's next attempt, with
 * that first error, before its handler runs again ({@link SqlFailures}). Wraps the event handlers of every class
 * that names its processing group; aggregates and other handlers are left as they are. Costs a volatile read per
 * handled event while nothing is remembered.
 */
final class SqlFailureReplay implements HandlerEnhancerDefinition {

    private final SqlFailures failures;

    SqlFailureReplay(SqlFailures failures) {
        this.failures = failures;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(original.declaringClass(), ProcessingGroup.class);
        if (group == null || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        String processingGroup = group.value();
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                Optional<Throwable> first = failures.take(processingGroup, message.getIdentifier());
                if (first.isPresent()) {
                    throw new SqlFailures.Remembered(first.get());
                }
                return super.handle(message, target);
            }
        };
    }
}
