package io.tianping.spotcheck.api;

import io.tianping.sharedkernel.Uuids;

/**
 * Identifier of a spot-check plan: a UUID. {@code toString()} is the raw value (the plan aggregate's identifier).
 *
 * @param value the UUID in its canonical lower-case form
 */
public record PlanId(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = Uuids.PATTERN;

    public PlanId {
        value = Uuids.canonical("planId", value);
    }

    public static PlanId of(String value) {
        return new PlanId(value);
    }

    /** A new random id, for a plan a regulator creates. */
    public static PlanId generate() {
        return new PlanId(Uuids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
