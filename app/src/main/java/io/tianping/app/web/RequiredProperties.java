package io.tianping.app.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Documents which fields of our records are always there: every component is {@code required} and never null, unless
 * it is marked {@link Nullable}; then it may be null or left out, and its schema says so ({@code "type": [..., "null"]},
 * or {@code anyOf} a reference and null). A generated client then knows what it may rely on. {@link NullableAnswers}
 * checks the promise on the answers the tests receive.
 */
@Component
class RequiredProperties implements ModelConverter {

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = type.getType() == null ? null : Json.mapper().constructType(type.getType()).getRawClass();
        if (schema != null && isOurRecord(raw)) {
            Schema<?> model = schema.get$ref() == null ? schema
                    : context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            if (model != null && model.getProperties() != null) {
                describe(model, raw);
            }
        }
        return schema;
    }

    static boolean isOurRecord(Class<?> type) {
        return type != null && type.isRecord() && type.getPackageName().startsWith("io.tianping")
                && !ValueTypesJsonModule.isSingleValue(type);
    }

    static boolean mayBeNull(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }

    private static void describe(Schema<?> model, Class<?> record) {
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema<?> property = model.getProperties().get(component.getName());
            if (property == null) {
                continue;
            }
            if (!mayBeNull(component)) {
                required.add(component.getName());
            } else {
                model.getProperties().put(component.getName(), orNull(property));
            }
        }
        model.setRequired(required.isEmpty() ? null : required);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> orNull(Schema<?> property) {
        if (property.get$ref() != null) {
            return new Schema<>().anyOf(List.of(property, new Schema<>().types(new LinkedHashSet<>(List.of("null")))));
        }
        var types = new LinkedHashSet<String>(property.getTypes() != null ? property.getTypes()
                : property.getType() != null ? List.of(property.getType()) : List.of());
        types.add("null");
        ((Schema) property).setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            ((Schema) property).getEnum().add(null); // an enum lists every value it allows
        }
        return property;
    }
}
