package io.tianping.app.axon;

import io.tianping.app.security.CurrentActor;
import io.tianping.sharedkernel.Actor;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Stamps every command with who sent it: the authenticated caller, or the system when a process reacts to an event
 * (then the event's own metadata, which Axon copies along, still says whose change started it).
 */
@Component
class CommandMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>>, SmartInitializingSingleton {

    private final CommandBus commandBus;

    CommandMetadataInterceptor(CommandBus commandBus) {
        this.commandBus = commandBus;
    }

    @Override
    public void afterSingletonsInstantiated() {
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Actor actor = CurrentActor.get().orElse(null);
            if (actor == null) {
                return command.getMetaData().containsKey(AuditMetadata.ACTOR)
                        ? command
                        : command.andMetaData(AuditMetadata.of(Actor.system("tianping"), command.getPayload()));
            }
            var stamped = command.andMetaData(AuditMetadata.of(actor, command.getPayload()));
            String correlationId = MDC.get(AuditMetadata.CORRELATION_ID);
            return correlationId == null ? stamped : stamped.andMetaData(java.util.Map.of(AuditMetadata.CORRELATION_ID, correlationId));
        };
    }
}
