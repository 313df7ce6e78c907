package io.tianping.verification.api;

import io.tianping.sharedkernel.PlatformId;

/**
 * A listing on a platform: the platform and the platform's own listing id. {@code toString()} is
 * {@code "platform:listingId"} (the listing aggregate's identifier); {@link #parse(String)} reads it back.
 *
 * @param platform  the platform the listing is on
 * @param listingId the platform's id for it, at most 200 characters (may itself contain ':')
 */
public record ListingKey(PlatformId platform, String listingId) {

    public static final int MAX_LISTING_ID_LENGTH = 200;

    public ListingKey {
        if (platform == null) {
            throw new IllegalArgumentException("platform: must not be null");
        }
        if (listingId == null || listingId.isBlank()) {
            throw new IllegalArgumentException("listingId: must not be blank");
        }
        listingId = listingId.strip();
        if (listingId.length() > MAX_LISTING_ID_LENGTH) {
            throw new IllegalArgumentException("listingId: must be at most %d characters, got %d"
                    .formatted(MAX_LISTING_ID_LENGTH, listingId.length()));
        }
    }

    /** Reads {@code "platform:listingId"}; platform ids contain no ':', so the first ':' separates them. */
    public static ListingKey parse(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("listing key must be 'platform:listingId', got '%s'".formatted(value));
        }
        return new ListingKey(new PlatformId(value.substring(0, colon)), value.substring(colon + 1));
    }

    @Override
    public String toString() {
        return platform.value() + ":" + listingId;
    }
}
