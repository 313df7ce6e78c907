package io.tianping.app.web.bounds;

import io.tianping.sharedkernel.Bounds;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapType;

/**
 * Puts {@link Bounds} on every value the web layer reads from JSON: strings ({@link BoundedString}), map keys, dates,
 * times and decimals ({@link BoundedValue}), lists and maps ({@link BoundedCollection}). Every module's request records
 * get them without doing anything; a field that needs another length says so with {@code @Size}. Only request bodies
 * are read with it ({@link WebJsonConfiguration}): what the platform stored itself is read back without these bounds.
 */
class BoundedInputModule extends SimpleModule {

    BoundedInputModule() {
        super("tianping-bounded-input");
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                                                           ValueDeserializer<?> deserializer) {
                Class<?> type = bean.getBeanClass();
                if (type == String.class) {
                    return new BoundedString(deserializer, Bounds.LINE);
                }
                return BoundedValue.bounds(type) ? new BoundedValue(deserializer) : deserializer;
            }

            @Override
            public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                     BeanDescription.Supplier bean,
                                                                     ValueDeserializer<?> deserializer) {
                return new BoundedCollection(deserializer, Bounds.ITEMS);
            }

            @Override
            public ValueDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                                                              BeanDescription.Supplier bean,
                                                              ValueDeserializer<?> deserializer) {
                return new BoundedCollection(deserializer, Bounds.ITEMS);
            }

            @Override
            public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type, KeyDeserializer keys) {
                return type.getRawClass() == String.class ? new BoundedKey(keys) : keys;
            }
        });
    }
}
