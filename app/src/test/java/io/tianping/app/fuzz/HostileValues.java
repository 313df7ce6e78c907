package io.tianping.app.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What a hostile or careless platform puts where a value belongs: each entry is raw JSON text (a string, a number, a
 * structure), from the requests that once broke the platform to plain wrong types.
 */
final class HostileValues {

    private static final List<String> VALUES = List.of(
            "\"\\u0000\"", "\"电热\\u0000水壶\"", "\"\\u0007bell\"", "\"line\\nbreak\"", "\"\\ud800\"", "\"\\udfff壶\"",
            "\"" + "壶".repeat(201) + "\"", "\"" + "X".repeat(5_000) + "\"", "\"" + "X".repeat(300_000) + "\"",
            "\"\\u202e\\u0085\"", "\"\\uffff\"", "\"😀\"", "\"\"", "\" \"", "null", "true", "{}", "[]", "{\"a\":1}",
            "1e1001", "1e99999999", "-1e99999999", "1e-99999999", "-0.01", "0.001", "999999999999.995",
            "1000000000000", "9".repeat(41), "-1", "0", "2147483648", "-9223372036854775809", "NaN", "1.5",
            "\"+999999999-03-01\"", "\"-999999999-03-01\"", "\"1899-12-31\"", "\"2200-01-01\"", "\"2025-02-30\"",
            "\"+999999999-12-31T23:59:59Z\"", "\"1970-01-01T00:00:00Z\"", "\"not a date\"",
            "[" + "\"x\",".repeat(1_500) + "\"x\"]", "[".repeat(100) + "]".repeat(100), "{\"" + "k".repeat(300) + "\":1}");

    private HostileValues() {
    }

    static String any(SplittableRandom random) {
        return VALUES.get(random.nextInt(VALUES.size()));
    }

    static int count() {
        return VALUES.size();
    }

    static String at(int index) {
        return VALUES.get(index);
    }
}
