package io.tianping.verification.api;

import io.tianping.sharedkernel.CatalogueCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A certificate as readers see it. {@code status} is the status on the day it is read: EXPIRED once
 * {@code validUntil} has passed even if no event said so.
 */
public record CertificateView(CertificateNumber number, CertificateStatus status, Party holder, Party manufacturer,
                              Factory factory, String productName, CatalogueCode catalogueCode, List<String> models,
                              List<String> standards, LocalDate issuedOn, LocalDate validUntil, String issuingBody,
                              @Nullable String statusReason, Instant statusChangedAt) {

    /** The same view with the status it has on {@code today}. */
    public CertificateView asOf(LocalDate today) {
        if (status != CertificateStatus.VALID || !validUntil.isBefore(today)) {
            return this;
        }
        return new CertificateView(number, CertificateStatus.EXPIRED, holder, manufacturer, factory, productName,
                catalogueCode, models, standards, issuedOn, validUntil, issuingBody, statusReason, statusChangedAt);
    }
}
