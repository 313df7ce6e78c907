package io.tianping.app.web;

import java.math.BigDecimal;
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
 * as {@code "129.00"}), not objects: any record of ours with one String or BigDecimal component that defines its own
 * {@code toString()} (as the raw value) is written as that. {@link ValueTypeSchemas} documents them by the same rule.
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
                && declaresToString(type);
    }

    // a request body such as {"reason": "…"} also has one String component, but is read as the object it is
    private static boolean declaresToString(Class<?> type) {
        try {
            type.getDeclaredMethod("toString");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
