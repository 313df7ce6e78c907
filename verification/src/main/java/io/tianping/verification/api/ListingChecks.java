package io.tianping.verification.api;

import io.tianping.sharedkernel.Actor;

/**
 * The 7×24 listing check as other modules may call it in memory (livestream checks the products shown in a session):
 * the same verdicts and reasons, the same path, as {@code POST /api/v1/listing-checks}.
 */
public interface ListingChecks {

    /** Judges one listing of {@code platform} exactly as a listing check does, and answers the verdict. */
    ListingVerdict verdictOn(Actor platform, ListingToCheck listing);
}
