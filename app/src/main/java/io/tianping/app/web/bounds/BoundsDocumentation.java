package io.tianping.app.web.bounds;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.tianping.sharedkernel.Bounds;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Writes into the OpenAPI document the bounds {@link BoundedInputModule} and the query-string check hold every input
 * to, where a field does not state its own: strings get {@code maxLength} and a pattern without control characters,
 * dates and times their range, lists and maps their largest size, decimals their digits. Only what requests carry
 * (request bodies, parameters, and the schemas they refer to) is bounded: answers may be longer.
 */
@Component
class BoundsDocumentation implements OpenApiCustomizer {

    static final String ONE_LINE = "^[^\\u0000-\\u001F\\u007F-\\u009F]*$";
    static final String FREE_TEXT = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$";
    private static final String RANGE = " From %s to %s.".formatted(Bounds.EARLIEST_DAY, Bounds.LATEST_DAY);

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Map<String, Schema> components = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of() : api.getComponents().getSchemas();
        var walk = new Walk(components, Collections.newSetFromMap(new IdentityHashMap<>()));
        api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> walk.bound(parameter.getSchema()));
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> walk.bound(media.getSchema()));
            }
        }));
    }

    @SuppressWarnings("rawtypes")
    private record Walk(Map<String, Schema> components, Set<Schema<?>> seen) {

        @SuppressWarnings("unchecked")
        void bound(Schema schema) {
            if (schema == null) {
                return;
            }
            if (schema.get$ref() != null) {
                bound(components.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)));
                return;
            }
            if (seen.add(schema)) {
                boundThis(schema);
            }
        }

        @SuppressWarnings("unchecked")
        private void boundThis(Schema schema) {
            if (schema.getProperties() != null) {
                ((Map<String, Schema>) schema.getProperties()).values().forEach(this::bound);
            }
            if (schema.getAllOf() != null) {
                ((java.util.List<Schema>) schema.getAllOf()).forEach(this::bound);
            }
            if (is(schema, "array")) {
                if (schema.getMaxItems() == null) {
                    schema.setMaxItems(Bounds.ITEMS);
                }
                bound(schema.getItems());
            } else if (is(schema, "object") && schema.getAdditionalProperties() instanceof Schema values) {
                if (schema.getMaxProperties() == null) {
                    schema.setMaxProperties(Bounds.ITEMS);
                }
                bound(values);
            } else if (is(schema, "string")) {
                boundString(schema);
            } else if (is(schema, "number") && schema.getMaximum() == null) {
                BigDecimal largest = BigDecimal.TEN.pow(BoundedValue.DIGITS).subtract(BigDecimal.ONE);
                schema.setMaximum(largest);
                schema.setMinimum(largest.negate());
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static void boundString(Schema schema) {
        String format = schema.getFormat();
        if ("date".equals(format) || "date-time".equals(format)) {
            schema.setDescription((schema.getDescription() == null ? "" : schema.getDescription()) + RANGE);
            return;
        }
        if (schema.getEnum() != null || "binary".equals(format) || "byte".equals(format)) {
            return;
        }
        if (schema.getMaxLength() == null) {
            schema.setMaxLength(Bounds.LINE);
        }
        if (schema.getPattern() == null) {
            schema.setPattern(schema.getMaxLength() > Bounds.LINE ? FREE_TEXT : ONE_LINE);
        }
    }

    @SuppressWarnings("rawtypes")
    private static boolean is(Schema schema, String type) {
        return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
    }
}
