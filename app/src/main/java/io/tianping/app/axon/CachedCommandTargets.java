package io.tianping.app.axon;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds a command's target aggregate from its {@link TargetAggregateIdentifier} field, as Axon's
 * {@link AnnotationCommandTargetResolver} does, but looks the field up once per command class instead of scanning
 * every field's annotations on every command (12% of the import's CPU). Commands without such a field, or with a null
 * one, go to Axon's resolver, so creation commands and refusals behave exactly as before.
 */
final class CachedCommandTargets implements CommandTargetResolver {

    private final CommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();
    private final ClassValue<Optional<Target>> targets = new ClassValue<>() {
        @Override
        protected Optional<Target> computeValue(Class<?> type) {
            return annotated(type, TargetAggregateIdentifier.class)
                    .map(identifier -> new Target(identifier, annotated(type, TargetAggregateVersion.class).orElse(null)));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object payload = command.getPayload();
        var target = targets.get(payload.getClass());
        if (target.isEmpty()) {
            return axon.resolveTarget(command);
        }
        Object identifier = ReflectionUtils.getFieldValue(target.get().identifier(), payload);
        if (identifier == null) {
            return axon.resolveTarget(command); // refuses it with Axon's own message
        }
        Field version = target.get().version();
        Object versionValue = version == null ? null : ReflectionUtils.getFieldValue(version, payload);
        return new VersionedAggregateIdentifier(identifier, versionValue == null ? null : ((Number) versionValue).longValue());
    }

    private static Optional<Field> annotated(Class<?> type, Class<? extends Annotation> annotation) {
        return StreamSupport.stream(ReflectionUtils.fieldsOf(type).spliterator(), false)
                .filter(field -> AnnotationUtils.isAnnotationPresent(field, annotation))
                .findFirst()
                .map(ReflectionUtils::ensureAccessible);
    }

    private record Target(Field identifier, Field version) { }
}
