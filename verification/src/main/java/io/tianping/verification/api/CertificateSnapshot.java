package io.tianping.verification.api;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;

import java.time.LocalDate;
import java.util.List;

/**
 * What a listing check needs to know of a certificate, as the read side holds it.
 *
 * @param status     the status the certificate's events gave it (never EXPIRED: that follows from the date)
 * @param holder     the holder's credit code
 * @param models     the models covered as issued; a model ending in {@code *} covers every model starting with what precedes it
 * @param validUntil the last day the certificate is valid
 */
public record CertificateSnapshot(CertificateNumber number, CertificateStatus status, CreditCode holder,
                                  CreditCode manufacturer, CatalogueCode catalogueCode, List<String> models,
                                  LocalDate validUntil) {

    public CertificateSnapshot {
        if (number == null || status == null || holder == null || manufacturer == null || catalogueCode == null
                || models == null || validUntil == null) {
            throw new IllegalArgumentException("certificate snapshot needs every field, got number=%s status=%s holder=%s manufacturer=%s catalogueCode=%s models=%s validUntil=%s"
                    .formatted(number, status, holder, manufacturer, catalogueCode, models, validUntil));
        }
        models = List.copyOf(models);
    }

    /** The status on {@code today}: a VALID certificate whose {@code validUntil} is before {@code today} is EXPIRED. */
    public CertificateStatus effectiveStatus(LocalDate today) {
        return status == CertificateStatus.VALID && validUntil.isBefore(today) ? CertificateStatus.EXPIRED : status;
    }
}
