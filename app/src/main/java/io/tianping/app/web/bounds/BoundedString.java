package io.tianping.app.web.bounds;

import io.tianping.sharedkernel.Bounds;
import jakarta.validation.constraints.Size;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Every JSON string a request carries: at most {@link Bounds#LINE} characters, or the {@code @Size(max)} of its field,
 * and no control characters ({@link Bounds#problemWithText}). A string in a list or map is held to one line.
 */
final class BoundedString extends DelegatingDeserializer {

    private final int max;

    BoundedString(ValueDeserializer<?> strings, int max) {
        super(strings);
        this.max = max;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
        return new BoundedString(newDelegatee, max);
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        var contextual = (BoundedString) super.createContextual(context, property);
        Size size = property == null || property.getType().getRawClass() != String.class ? null
                : property.getAnnotation(Size.class);
        return size == null ? contextual : new BoundedString(contextual._delegatee, size.max());
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
        Object value = super.deserialize(parser, context);
        if (value instanceof String text) {
            String problem = Bounds.problemWithText(text, max);
            if (problem != null) {
                return context.reportInputMismatch(this, problem.replace("%", "%%"));
            }
        }
        return value;
    }
}
