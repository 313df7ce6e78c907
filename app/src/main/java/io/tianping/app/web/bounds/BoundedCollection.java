package io.tianping.app.web.bounds;

import io.tianping.sharedkernel.Bounds;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/** A list or map in a request: at most {@link Bounds#ITEMS} entries, or the {@code @Size(max)} of its field. */
final class BoundedCollection extends DelegatingDeserializer {

    private final int max;

    BoundedCollection(ValueDeserializer<?> collections, int max) {
        super(collections);
        this.max = max;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
        return new BoundedCollection(newDelegatee, max);
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        var contextual = (BoundedCollection) super.createContextual(context, property);
        Size size = property == null ? null : property.getAnnotation(Size.class);
        return size == null ? contextual : new BoundedCollection(contextual._delegatee, size.max());
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
        Object value = super.deserialize(parser, context);
        int count = value instanceof Collection<?> items ? items.size() : value instanceof Map<?, ?> map ? map.size() : 0;
        if (count > max) {
            return context.reportInputMismatch(this, "must have at most %d entries, got %d".formatted(max, count));
        }
        return value;
    }
}
