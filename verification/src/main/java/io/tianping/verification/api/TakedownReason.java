package io.tianping.verification.api;

/**
 * Why a platform must take a listing down: the status its certificate left VALID for, or a recall of its model. Written
 * as the certificate status's name, so notices stored before recalls existed read the same.
 */
public enum TakedownReason {
    /** The certificate is suspended. */
    SUSPENDED,
    /** The certificate is revoked. */
    REVOKED,
    /** The certificate is cancelled. */
    CANCELLED,
    /** The certificate is past its expiry date. */
    EXPIRED,
    /** The model is recalled under this certificate (traceability). */
    RECALLED;

    /** The reason for a certificate that left VALID for {@code status}. */
    public static TakedownReason of(CertificateStatus status) {
        if (status == CertificateStatus.VALID) {
            throw new IllegalArgumentException("reason: a valid certificate gives no reason to take a listing down");
        }
        return valueOf(status.name());
    }
}
