package io.tianping.verification.api;

/**
 * Why a listing check intercepted a listing. A check reports every reason that applies, in this order.
 */
public enum InterceptReason {
    /** The listing named no certificate. */
    CERTIFICATE_MISSING,
    /** The certificate number it named is not known. */
    CERTIFICATE_NOT_FOUND,
    /** Its certificate is suspended. */
    CERTIFICATE_SUSPENDED,
    /** Its certificate is revoked. */
    CERTIFICATE_REVOKED,
    /** Its certificate is cancelled. */
    CERTIFICATE_CANCELLED,
    /** Its certificate is past its expiry date. */
    CERTIFICATE_EXPIRED,
    /** The certificate does not cover the listing's model. */
    MODEL_NOT_COVERED,
    /** The certificate's catalogue code differs from the listing's category. */
    CATEGORY_MISMATCH,
    /** The merchant is on the serious-violation list (enforcement asked verification to block it). */
    MERCHANT_LISTED,
    /** A spot check confirmed the listed product nonconforming; the listing is held until released. */
    SPOT_CHECK_FAILED,
    /** The listed model is recalled under its certificate (traceability asked verification to intercept it). */
    RECALLED
}
