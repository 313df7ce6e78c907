package io.tianping.spotcheck.api;

import io.tianping.verification.api.ListingKey;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Identifier of a sample bought for a spot check: a UUID. {@code toString()} is the raw value (the sample aggregate's
 * identifier). A sample's id is {@link #of(PlanId, ListingKey)}, so a listing is sampled at most once per plan.
 *
 * @param value the UUID in its canonical lower-case form
 */
public record SampleId(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    public SampleId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("sampleId: must not be blank");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!isCanonicalUuid(value)) {
            throw new IllegalArgumentException("sampleId: must be a UUID, got '%s'".formatted(value));
        }
    }

    public static SampleId of(String value) {
        return new SampleId(value);
    }

    /** The sample of {@code listing} in {@code plan}: the same plan and listing always give the same id. */
    public static SampleId of(PlanId plan, ListingKey listing) {
        if (plan == null || listing == null) {
            throw new IllegalArgumentException("sampleId: plan and listing must not be null");
        }
        String name = "sample|" + plan.value() + "|" + listing;
        return new SampleId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** A new random id; a sample bought under a plan uses {@link #of(PlanId, ListingKey)} instead. */
    public static SampleId generate() {
        return new SampleId(UUID.randomUUID().toString());
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
