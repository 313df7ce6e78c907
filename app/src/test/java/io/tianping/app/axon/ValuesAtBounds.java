package io.tianping.app.axon;

import io.tianping.sharedkernel.Bounds;
import io.tianping.sharedkernel.Money;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds any of our records with every value at one end of what the API accepts ({@link io.tianping.sharedkernel.Bounds}):
 * the largest strings (Chinese, characters outside the basic plane, quotes, backslashes, line breaks where free text
 * allows them), the largest amounts, the last day and instant, the fullest lists; or, at the other end, the smallest.
 * A value type that refuses a candidate (an id with its own format) gets the next one that it accepts.
 */
final class ValuesAtBounds {

    private static final String TEXT_UNIT = "电热水壶“引号”\\反斜杠\"😀𠀀\r\n\tΩé";
    private static final List<String> FORMATTED = List.of("91330100716105852F", "330100", "0717", "2025010717000001",
            "platform-a", "2.5.1", "MA-17:9", "09520123456788");

    private final boolean upper;
    private final int items;
    private final int textLength;

    private ValuesAtBounds(boolean upper, int items, int textLength) {
        this.upper = upper;
        this.items = items;
        this.textLength = textLength;
    }

    static ValuesAtBounds largest() {
        return new ValuesAtBounds(true, 100, Bounds.TEXT);
    }

    static ValuesAtBounds smallest() {
        return new ValuesAtBounds(false, 0, 1);
    }

    /** Values of an ordinary size (two items a list, a dozen characters a text), at the upper end otherwise. */
    static ValuesAtBounds typical() {
        return new ValuesAtBounds(true, 2, 12);
    }

    Object of(Type type) {
        if (type instanceof ParameterizedType generic) {
            return container((Class<?>) generic.getRawType(), generic.getActualTypeArguments());
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return upper ? text(textLength) : "x";
        }
        if (raw == Money.class) {
            return upper ? Money.of(Money.MAX_TEXT) : Money.ZERO;
        }
        if (raw == BigDecimal.class) {
            return upper ? new BigDecimal("999999999999999999.999999999999999999") : BigDecimal.ZERO;
        }
        if (raw == LocalDate.class) {
            return upper ? Bounds.LATEST_DAY : Bounds.EARLIEST_DAY;
        }
        if (raw == Instant.class) {
            return upper ? Bounds.LATEST_INSTANT.minusNanos(999_999).plusNanos(123_456) : Bounds.EARLIEST_INSTANT;
        }
        if (raw == java.time.YearMonth.class) {
            return java.time.YearMonth.from(upper ? Bounds.LATEST_DAY : Bounds.EARLIEST_DAY);
        }
        if (raw == UUID.class) {
            return UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");
        }
        if (raw == int.class || raw == Integer.class) {
            return upper ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        }
        if (raw == long.class || raw == Long.class) {
            return upper ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        if (raw == double.class || raw == Double.class) {
            return upper ? Double.MAX_VALUE : 0.0; // our doubles are weights and rates, never negative
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return upper;
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[upper ? constants.length - 1 : 0];
        }
        if (raw.isSealed()) {
            return of(raw.getPermittedSubclasses()[0]);
        }
        if (raw.isRecord()) {
            return record(raw);
        }
        throw new IllegalArgumentException("no value at bounds for " + raw);
    }

    private Object container(Class<?> raw, Type[] arguments) {
        int count = items;
        if (raw == List.class || raw == Set.class) {
            var items = raw == List.class ? new ArrayList<Object>() : new LinkedHashSet<Object>();
            for (int i = 0; i < count; i++) {
                items.add(distinct(arguments[0], i));
            }
            return items;
        }
        if (raw == Map.class) {
            var map = new LinkedHashMap<Object, Object>();
            for (int i = 0; i < count; i++) {
                map.put(distinct(arguments[0], i), of(arguments[1]));
            }
            return map;
        }
        throw new IllegalArgumentException("no value at bounds for " + raw);
    }

    /** The i-th of many values of a type, different from each other where the type allows it (set members, map keys). */
    private Object distinct(Type type, int i) {
        if (type == String.class) {
            return upper ? text(Math.min(textLength, Bounds.LINE - 4)) + "%04d".formatted(i) : "x" + i;
        }
        return of(type);
    }

    private Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = of(components[i].getGenericType());
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return construct(constructor, values, components);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record from these values; a string it refuses is tried shorter, then as each formatted value we know. */
    private Object construct(Constructor<?> constructor, Object[] values, RecordComponent[] components) {
        for (int attempt = 0; ; attempt++) {
            try {
                return constructor.newInstance(values);
            } catch (InvocationTargetException refused) {
                if (!retry(values, components, attempt)) {
                    throw new IllegalStateException("%s refuses every candidate: %s".formatted(
                            constructor.getDeclaringClass().getName(), refused.getCause().getMessage()), refused.getCause());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private boolean retry(Object[] values, RecordComponent[] components, int attempt) {
        List<String> candidates = new ArrayList<>();
        candidates.add(upper ? text(Math.min(textLength, Bounds.LINE)) : "x");
        candidates.add(upper ? UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff").toString()
                : UUID.fromString("00000000-0000-4000-8000-000000000000").toString());
        candidates.addAll(FORMATTED);
        if (attempt >= candidates.size()) {
            return false;
        }
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType() == String.class) {
                values[i] = candidates.get(attempt);
                changed = true;
            }
        }
        return changed;
    }

    private static String text(int length) {
        var text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(TEXT_UNIT);
        }
        text.setLength(length);
        if (Character.isHighSurrogate(text.charAt(length - 1))) {
            text.setCharAt(length - 1, '壶');
        }
        return text.toString();
    }
}
