package io.tianping.verification.check;

import io.tianping.verification.api.CertificateSnapshot;
import io.tianping.verification.api.ListingToCheck;
import io.tianping.verification.api.ListingVerdict;
import java.time.Instant;
import java.time.LocalDate;

/** One listing checked: the verdict, and the certificate it was judged against (null when there was none). */
public record CheckResult(ListingToCheck listing, ListingVerdict verdict, CertificateSnapshot certificate,
                          LocalDate checkDate, Instant checkedAt) {
}
