package io.tianping.verification.api;

import io.tianping.sharedkernel.Uuids;

/**
 * Identifier of a takedown notice, a UUID. {@code toString()} is the raw value (the notice aggregate's identifier).
 *
 * @param value the UUID in its canonical lower-case form
 */
public record TakedownNoticeId(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = Uuids.PATTERN;

    public TakedownNoticeId {
        value = Uuids.canonicalAs("takedown notice id", value);
    }

    /**
     * The notice for one listing caused by one certificate event: the same inputs always give the same id, so a
     * redelivered event issues no second notice.
     *
     * @param certificateEventSequence the sequence number of the certificate event that made the certificate leave VALID
     */
    public static TakedownNoticeId of(CertificateNumber certificate, ListingKey listing, long certificateEventSequence) {
        String name = "takedown|" + certificate + "|" + listing + "|" + certificateEventSequence;
        return new TakedownNoticeId(Uuids.named(name));
    }

    @Override
    public String toString() {
        return value;
    }
}
