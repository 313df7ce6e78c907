package io.tianping.verification.api;

/**
 * Where a CCC certificate stands. Only {@link #VALID} lets a listing pass.
 */
public enum CertificateStatus {
    /** In force. */
    VALID,
    /** Temporarily invalid (暂停); may return to VALID by reinstatement. */
    SUSPENDED,
    /** Cancelled (注销): expired without renewal, discontinued or at the holder's request; goods already shipped may still be sold. */
    CANCELLED,
    /** Revoked (撤销): suspension not cured, serious defect or accident; goods may not be sold. Final. */
    REVOKED,
    /** Past its expiry date. No event says so: it follows from the date (see {@link CertificateSnapshot#effectiveStatus}). */
    EXPIRED
}
