package io.tianping.traceability.api;

import java.util.UUID;

/**
 * A recall, a UUID; {@code toString()} is the raw value (the recall aggregate's identifier).
 *
 * @param value the UUID, lower case
 */
public record RecallId(String value) {

    public static final String PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    public RecallId {
        if (value == null || !value.strip().matches(PATTERN)) {
            throw new IllegalArgumentException("recallId: must be a lower-case UUID, got '%s'".formatted(value));
        }
        value = value.strip();
    }

    public static RecallId generate() {
        return new RecallId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
