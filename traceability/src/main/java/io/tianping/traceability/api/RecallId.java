package io.tianping.traceability.api;

import io.tianping.sharedkernel.Uuids;

/**
 * A recall, a UUID; {@code toString()} is the raw value (the recall aggregate's identifier).
 *
 * @param value the UUID, lower case
 */
public record RecallId(String value) {

    public static final String PATTERN = Uuids.PATTERN;

    public RecallId {
        if (value == null || !value.strip().matches(PATTERN)) {
            throw new IllegalArgumentException("recallId: must be a lower-case UUID, got '%s'".formatted(value));
        }
        value = value.strip();
    }

    public static RecallId generate() {
        return new RecallId(Uuids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
