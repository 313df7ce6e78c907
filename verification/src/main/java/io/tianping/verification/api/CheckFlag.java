package io.tianping.verification.api;

/**
 * Something worth a regulator's attention in a listing check that does not, alone, intercept the listing.
 */
public enum CheckFlag {
    /**
     * The merchant is neither the certificate's holder nor its manufacturer: a reseller (legal) or a borrowed
     * certificate number (not).
     */
    MERCHANT_NOT_HOLDER,
    /** The merchant's credit code fails the GB 32100 check character: a pilot-era code, accepted with a warning. */
    PILOT_ERA_CREDIT_CODE
}
