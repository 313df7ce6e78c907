package io.tianping.enforcement.api;

/**
 * Identifier of one assistance request within a case (e.g. {@code "A-1"} or a UUID): letters, digits and
 * {@code . _ : -}, at most 60 characters. {@code toString()} is the raw value.
 *
 * @param value the identifier
 */
public record AssistanceId(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,59}$";

    public AssistanceId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("assistanceId: must not be blank");
        }
        value = value.strip();
        if (!value.matches(PATTERN)) {
            throw new IllegalArgumentException(
                    "assistanceId: '%s' must be 1-60 letters, digits or . _ : - starting with a letter or digit".formatted(value));
        }
    }

    public static AssistanceId of(String value) {
        return new AssistanceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
