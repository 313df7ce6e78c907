package io.tianping.odr.api;

import java.util.Locale;
import java.util.UUID;

/**
 * Identifier of a consumer complaint, a UUID. {@code toString()} is the raw value (the complaint aggregate's
 * identifier, and the {@code complaint} id in the audit endpoints).
 *
 * @param value the UUID in its canonical lower-case form
 */
public record ComplaintId(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    public ComplaintId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("complaintId: must not be blank");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!value.matches(PATTERN)) {
            throw new IllegalArgumentException("complaintId: must be a UUID, got '%s'".formatted(value));
        }
    }

    public static ComplaintId of(String value) {
        return new ComplaintId(value);
    }

    /** A new random id, for a complaint the intake files. */
    public static ComplaintId generate() {
        return new ComplaintId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
