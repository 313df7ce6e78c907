package io.tianping.app.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Iterator;
import org.springframework.stereotype.Component;

/**
 * Documents our single-value types as what {@link ValueTypesJsonModule} writes: a {@code type: string}, with the
 * pattern the type declares as its {@code public static final String PATTERN} (a credit code, a UUID, money as
 * {@code "129.00"}), instead of the {@code {"value": …}} object their record shape would suggest.
 */
@Component
class ValueTypeSchemas implements ModelConverter {

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Class<?> raw = type.getType() == null ? null : Json.mapper().constructType(type.getType()).getRawClass();
        if (raw != null && ValueTypesJsonModule.isSingleValue(raw)) {
            var schema = new StringSchema();
            String pattern = pattern(raw);
            return pattern == null ? schema : schema.pattern(pattern);
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private static String pattern(Class<?> type) {
        try {
            Field field = type.getField("PATTERN");
            return Modifier.isStatic(field.getModifiers()) && field.getType() == String.class ? (String) field.get(null) : null;
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return null;
        }
    }
}
