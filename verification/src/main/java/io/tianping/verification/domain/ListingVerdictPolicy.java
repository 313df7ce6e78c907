package io.tianping.verification.domain;

import io.tianping.sharedkernel.CreditCode;
import io.tianping.verification.api.CertificateSnapshot;
import io.tianping.verification.api.CheckFlag;
import io.tianping.verification.api.InterceptReason;
import io.tianping.verification.api.ListingToCheck;
import io.tianping.verification.api.ListingVerdict;
import io.tianping.verification.api.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a listing against its certificate (domain.md, "Certificates and listing verification"). A listing
 * passes only if it names a certificate that exists, is VALID on {@code today}, covers its model and has its
 * category's catalogue code; otherwise it is intercepted with every reason that applies. Flags never intercept:
 * a merchant that is neither holder nor manufacturer (a reseller, or a borrowed number), a pilot-era credit code.
 * Model coverage is described in {@link ModelCoverage}: normalised (trim, upper-case, collapsed whitespace),
 * and a certificate model ending in {@code *} covers every model starting with what precedes it.
 * Pure and stateless: safe to share, and fast enough for the check path (no regex, no streams).
 */
public final class ListingVerdictPolicy {

    private static final ListingVerdict PASS_UNFLAGGED = new ListingVerdict(Verdict.PASS, List.of(), List.of());

    /**
     * @param certificateOrNull the certificate the listing names, null when the listing names none or it is unknown
     * @param today             the date of the check, in China's time zone
     */
    public ListingVerdict judge(ListingToCheck listing, CertificateSnapshot certificateOrNull, LocalDate today) {
        return judge(listing, certificateOrNull, List.of(), today);
    }

    /**
     * As {@link #judge(ListingToCheck, CertificateSnapshot, LocalDate)}, and intercepted whatever its certificate says
     * for every hold another module put on the listing or its merchant ({@code MERCHANT_LISTED}: the merchant is on the
     * serious-violation list; {@code SPOT_CHECK_FAILED}: a spot check confirmed the product nonconforming), listed after
     * the certificate's own reasons.
     */
    public ListingVerdict judge(ListingToCheck listing, CertificateSnapshot certificateOrNull, List<InterceptReason> holds,
                                LocalDate today) {
        ListingVerdict verdict = judgeCertificate(listing, certificateOrNull, today);
        if (holds.isEmpty()) {
            return verdict;
        }
        var reasons = new ArrayList<>(verdict.reasons());
        reasons.addAll(holds);
        return ListingVerdict.of(reasons, verdict.flags());
    }

    /** Whether any of {@code models} (a certificate's, or recalled ones) covers {@code model}, as checks judge coverage. */
    public static boolean covers(List<String> models, String model) {
        return model != null && ModelCoverage.covers(models, ModelCoverage.normalise(model));
    }

    private ListingVerdict judgeCertificate(ListingToCheck listing, CertificateSnapshot certificateOrNull, LocalDate today) {
        CreditCode merchant = listing.merchant().creditCode();
        boolean pilotEra = merchant.pilotEra();
        if (listing.certificateNumberOrNull() == null) {
            return intercepted(InterceptReason.CERTIFICATE_MISSING, pilotEra);
        }
        if (certificateOrNull == null) {
            return intercepted(InterceptReason.CERTIFICATE_NOT_FOUND, pilotEra);
        }
        List<InterceptReason> reasons = new ArrayList<>(3);
        switch (certificateOrNull.effectiveStatus(today)) {
            case VALID -> { }
            case SUSPENDED -> reasons.add(InterceptReason.CERTIFICATE_SUSPENDED);
            case REVOKED -> reasons.add(InterceptReason.CERTIFICATE_REVOKED);
            case CANCELLED -> reasons.add(InterceptReason.CERTIFICATE_CANCELLED);
            case EXPIRED -> reasons.add(InterceptReason.CERTIFICATE_EXPIRED);
        }
        if (!ModelCoverage.covers(certificateOrNull.models(), ModelCoverage.normalise(listing.model()))) {
            reasons.add(InterceptReason.MODEL_NOT_COVERED);
        }
        if (!certificateOrNull.catalogueCode().equals(listing.catalogueCode())) {
            reasons.add(InterceptReason.CATEGORY_MISMATCH);
        }
        boolean notHolder = !merchant.equals(certificateOrNull.holder()) && !merchant.equals(certificateOrNull.manufacturer());
        if (reasons.isEmpty() && !notHolder && !pilotEra) {
            return PASS_UNFLAGGED;
        }
        return ListingVerdict.of(reasons, flags(notHolder, pilotEra));
    }

    private static ListingVerdict intercepted(InterceptReason reason, boolean pilotEra) {
        return new ListingVerdict(Verdict.INTERCEPT, List.of(reason), flags(false, pilotEra));
    }

    private static List<CheckFlag> flags(boolean notHolder, boolean pilotEra) {
        if (notHolder && pilotEra) {
            return List.of(CheckFlag.MERCHANT_NOT_HOLDER, CheckFlag.PILOT_ERA_CREDIT_CODE);
        }
        if (notHolder) {
            return List.of(CheckFlag.MERCHANT_NOT_HOLDER);
        }
        return pilotEra ? List.of(CheckFlag.PILOT_ERA_CREDIT_CODE) : List.of();
    }
}
