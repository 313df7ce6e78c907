package io.tianping.sharedkernel;

/**
 * Checks on one field of a command or value, failing at the first with a message {@code "<field>: …"} that
 * {@link InputCheck} reports under that field.
 */
public final class Fields {

    private Fields() {
    }

    /** {@code value}, refused when null. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must not be null");
        }
        return value;
    }

    /** {@code value} stripped, refused when null or blank. */
    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return value.strip();
    }
}
