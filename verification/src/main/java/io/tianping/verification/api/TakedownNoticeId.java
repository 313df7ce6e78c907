package io.tianping.verification.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Identifier of a takedown notice, a UUID. {@code toString()} is the raw value (the notice aggregate's identifier).
 *
 * @param value the UUID in its canonical lower-case form
 */
public record TakedownNoticeId(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    public TakedownNoticeId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("takedown notice id must not be blank");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!isCanonicalUuid(value)) {
            throw new IllegalArgumentException("takedown notice id must be a UUID, got '%s'".formatted(value));
        }
    }

    private static boolean isCanonicalUuid(String value) {
        try {
            return value.length() == 36 && UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The notice for one listing caused by one certificate event: the same inputs always give the same id, so a
     * redelivered event issues no second notice.
     *
     * @param certificateEventSequence the sequence number of the certificate event that made the certificate leave VALID
     */
    public static TakedownNoticeId of(CertificateNumber certificate, ListingKey listing, long certificateEventSequence) {
        String name = "takedown|" + certificate + "|" + listing + "|" + certificateEventSequence;
        return new TakedownNoticeId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
