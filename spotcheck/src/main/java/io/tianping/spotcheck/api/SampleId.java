package io.tianping.spotcheck.api;

import io.tianping.sharedkernel.Uuids;
import io.tianping.verification.api.ListingKey;

/**
 * Identifier of a sample bought for a spot check: a UUID. {@code toString()} is the raw value (the sample aggregate's
 * identifier). A sample's id is {@link #of(PlanId, ListingKey)}, so a listing is sampled at most once per plan.
 *
 * @param value the UUID in its canonical lower-case form
 */
public record SampleId(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = Uuids.PATTERN;

    public SampleId {
        value = Uuids.canonical("sampleId", value);
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
        return new SampleId(Uuids.named(name));
    }

    /** A new random id; a sample bought under a plan uses {@link #of(PlanId, ListingKey)} instead. */
    public static SampleId generate() {
        return new SampleId(Uuids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
