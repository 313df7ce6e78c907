package io.tianping.app.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Holds answers to the document's promise ({@link RequiredProperties}): a record field not marked nullable is never
 * null. With {@code tianping.contract.null-check=fail} (the tests) an answer that breaks it is refused with an error
 * naming the field; with {@code log} it is sent and the field is logged; {@code off} (the default) costs nothing.
 */
@RestControllerAdvice
class NullableAnswers implements ResponseBodyAdvice<Object> {

    private static final Logger log = LoggerFactory.getLogger(NullableAnswers.class);

    enum Mode { OFF, LOG, FAIL }

    private final Mode mode;

    NullableAnswers(@Value("${tianping.contract.null-check:off}") String mode) {
        this.mode = Mode.valueOf(mode.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return mode != Mode.OFF;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        List<String> broken = new ArrayList<>();
        nullsIn(body, broken);
        if (!broken.isEmpty()) {
            String message = "%s %s answered null in fields the document says are never null: %s"
                    .formatted(request.getMethod(), request.getURI().getPath(), broken);
            if (mode == Mode.FAIL) {
                throw new IllegalStateException(message);
            }
            log.error(message);
        }
        return body;
    }

    /** Adds {@code Record.field} for each null that no {@code @Nullable} allows, anywhere in {@code value}. */
    static void nullsIn(Object value, List<String> broken) {
        if (value instanceof Collection<?> items) {
            items.forEach(item -> nullsIn(item, broken));
        } else if (value instanceof Map<?, ?> entries) {
            entries.values().forEach(item -> nullsIn(item, broken));
        } else if (value instanceof Object[] items) {
            java.util.Arrays.asList(items).forEach(item -> nullsIn(item, broken));
        } else if (value != null && RequiredProperties.isOurRecord(value.getClass())) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object field = read(component, value);
                if (field == null && !RequiredProperties.mayBeNull(component)) {
                    broken.add(value.getClass().getName().substring(value.getClass().getPackageName().length() + 1) + "." + component.getName());
                }
                nullsIn(field, broken);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
