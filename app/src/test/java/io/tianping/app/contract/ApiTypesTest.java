package io.tianping.app.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tianping.app.support.TianpingTest;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What every endpoint of every module sends and reads, walked through its Java types: the types the OpenAPI document
 * is made from, so a rule broken here is a document that lies.
 */
@TianpingTest
class ApiTypesTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void noAnswerIsAnUntypedMapOrTheDomainsOwnState() {
        var broken = new TreeSet<String>();
        for (HandlerMethod handler : ours()) {
            walk(handler.getMethod().getGenericReturnType(), name(handler), new HashSet<>(), (where, type) -> {
                Class<?> raw = ResolvableType.forType(type).resolve(Object.class);
                if (Map.class.isAssignableFrom(raw) && untyped(ResolvableType.forType(type).asMap().getGeneric(1))) {
                    broken.add(where + " is an untyped " + type.getTypeName());
                }
                if (!raw.isEnum() && (raw.getPackageName().contains(".domain") || isEvent(raw))) {
                    broken.add(where + " is the domain's " + raw.getName());
                }
            });
        }
        assertThat(broken).as("answers that are not a web record or an api view").isEmpty();
    }

    @Test
    void eachSchemaNameNamesOneType() {
        Map<String, Set<String>> typesByName = new TreeMap<>();
        for (HandlerMethod handler : ours()) {
            var types = new ArrayList<Type>(List.of(handler.getMethod().getGenericReturnType()));
            Arrays.stream(handler.getMethodParameters()).filter(p -> p.hasParameterAnnotation(RequestBody.class))
                    .forEach(p -> types.add(p.getGenericParameterType()));
            types.forEach(type -> walk(type, name(handler), new HashSet<>(), (where, visited) -> {
                Class<?> raw = ResolvableType.forType(visited).resolve(Object.class);
                if (raw.getPackageName().startsWith("io.tianping") && !raw.isEnum() && !isValue(raw)) {
                    typesByName.computeIfAbsent(schemaName(raw), name -> new TreeSet<>()).add(raw.getName());
                }
            }));
        }
        assertThat(typesByName).isNotEmpty().allSatisfy((name, types) -> assertThat(types)
                .as("the schema %s would stand for each of these; rename one", name).hasSize(1));
    }

    private List<HandlerMethod> ours() {
        return handlers.getHandlerMethods().values().stream()
                .filter(handler -> handler.getBeanType().getPackageName().startsWith("io.tianping"))
                .toList();
    }

    private static void walk(Type type, String where, Set<Class<?>> seen, BiConsumer<String, Type> visit) {
        if (type instanceof WildcardType wildcard) {
            Arrays.stream(wildcard.getUpperBounds()).forEach(bound -> walk(bound, where, seen, visit));
            return;
        }
        visit.accept(where, type);
        if (type instanceof ParameterizedType generic) {
            Arrays.stream(generic.getActualTypeArguments()).forEach(argument -> walk(argument, where, seen, visit));
        }
        Class<?> raw = ResolvableType.forType(type).resolve(Object.class);
        if (raw.isArray()) {
            walk(raw.getComponentType(), where, seen, visit);
        } else if (raw.isRecord() && !isValue(raw) && seen.add(raw)) {
            for (RecordComponent component : raw.getRecordComponents()) {
                walk(component.getGenericType(), where + " > " + raw.getSimpleName() + "." + component.getName(), seen, visit);
            }
        }
    }

    private static boolean untyped(ResolvableType values) {
        return values == ResolvableType.NONE || values.resolve(Object.class) == Object.class;
    }

    private static boolean isEvent(Class<?> type) {
        return Arrays.stream(type.getInterfaces()).anyMatch(implemented -> implemented.getSimpleName().endsWith("Event"));
    }

    /** A single-value type: documented and sent as a string, never a schema of its own. */
    private static boolean isValue(Class<?> type) {
        if (!type.isRecord() || type.getRecordComponents().length != 1) {
            return false;
        }
        Class<?> component = type.getRecordComponents()[0].getType();
        try {
            type.getDeclaredMethod("toString");
            return component == String.class || component == BigDecimal.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The name springdoc gives a type's schema: its simple name, nested or not, unless {@code @Schema} names it. */
    private static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    private static String name(HandlerMethod handler) {
        return handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
    }
}
