package io.tianping.odr.api;

import io.tianping.sharedkernel.Uuids;

/**
 * Identifier of a consumer complaint, a UUID. {@code toString()} is the raw value (the complaint aggregate's
 * identifier, and the {@code complaint} id in the audit endpoints).
 *
 * @param value the UUID in its canonical lower-case form
 */
public record ComplaintId(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = Uuids.PATTERN;

    public ComplaintId {
        value = Uuids.canonical("complaintId", value);
    }

    public static ComplaintId of(String value) {
        return new ComplaintId(value);
    }

    /** A new random id, for a complaint the intake files. */
    public static ComplaintId generate() {
        return new ComplaintId(Uuids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
