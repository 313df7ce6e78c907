package io.tianping.spotcheck.api;

import java.util.Locale;
import java.util.UUID;

/**
 * Identifier of a spot-check plan: a UUID. {@code toString()} is the raw value (the plan aggregate's identifier).
 *
 * @param value the UUID in its canonical lower-case form
 */
public record PlanId(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    public PlanId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("planId: must not be blank");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!isCanonicalUuid(value)) {
            throw new IllegalArgumentException("planId: must be a UUID, got '%s'".formatted(value));
        }
    }

    public static PlanId of(String value) {
        return new PlanId(value);
    }

    /** A new random id, for a plan a regulator creates. */
    public static PlanId generate() {
        return new PlanId(UUID.randomUUID().toString());
    }

    private static boolean isCanonicalUuid(String value) {
        try {
            return value.length() == 36 && UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
