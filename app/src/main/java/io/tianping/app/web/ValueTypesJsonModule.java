package io.tianping.app.web;

import java.math.BigDecimal;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * In the public API our single-value types are plain JSON strings ({@code "creditCode": "91330100716105852F"}, money
 * as {@code "129.00"}), not objects: a record of ours with one String or BigDecimal component that states the
 * {@code public static final String PATTERN} of its values is one, and is written as its {@code toString()} (the raw
 * value). {@link ValueTypeSchemas} documents them by the same rule. (Every record declares a {@code toString()} in its
 * class file, so that could not tell a value type from a request body such as {@code {"reason": "…"}}, which a
 * generated client then sent as a bare string.)
 */
@Component
class ValueTypesJsonModule extends SimpleModule {

    ValueTypesJsonModule() {
        super("tianping-value-types");
        setSerializerModifier(new ValueSerializerModifier() {
            @Override
            public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier bean,
                                                       ValueSerializer<?> serializer) {
                return isSingleValue(bean.getBeanClass()) ? ToStringSerializer.instance : serializer;
            }
        });
    }

    static boolean isSingleValue(Class<?> type) {
        if (!type.isRecord() || !type.getPackageName().startsWith("io.tianping")) {
            return false;
        }
        RecordComponent[] components = type.getRecordComponents();
        return components.length == 1
                && (components[0].getType() == String.class || components[0].getType() == BigDecimal.class)
                && statesPattern(type);
    }

    private static boolean statesPattern(Class<?> type) {
        try {
            Field pattern = type.getField("PATTERN");
            return Modifier.isStatic(pattern.getModifiers()) && pattern.getType() == String.class;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }
}
