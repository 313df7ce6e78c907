package io.tianping.verification.domain;

import io.tianping.verification.api.CertificateSnapshot;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.CheckFlag;
import io.tianping.verification.api.InterceptReason;
import io.tianping.verification.api.ListingToCheck;
import io.tianping.verification.api.ListingVerdict;
import io.tianping.verification.api.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static io.tianping.verification.VerificationFixtures.HOLDER;
import static io.tianping.verification.VerificationFixtures.KETTLE;
import static io.tianping.verification.VerificationFixtures.KETTLES;
import static io.tianping.verification.VerificationFixtures.MANUFACTURER;
import static io.tianping.verification.VerificationFixtures.PILOT_ERA;
import static io.tianping.verification.VerificationFixtures.RESELLER;
import static io.tianping.verification.VerificationFixtures.RICE_COOKERS;
import static io.tianping.verification.VerificationFixtures.TODAY;
import static io.tianping.verification.VerificationFixtures.VALID_UNTIL;
import static io.tianping.verification.VerificationFixtures.kettleListing;
import static io.tianping.verification.VerificationFixtures.kettleSnapshot;
import static io.tianping.verification.VerificationFixtures.listing;
import static io.tianping.verification.api.CertificateStatus.CANCELLED;
import static io.tianping.verification.api.CertificateStatus.REVOKED;
import static io.tianping.verification.api.CertificateStatus.SUSPENDED;
import static io.tianping.verification.api.CertificateStatus.VALID;
import static io.tianping.verification.api.CheckFlag.MERCHANT_NOT_HOLDER;
import static io.tianping.verification.api.CheckFlag.PILOT_ERA_CREDIT_CODE;
import static io.tianping.verification.api.InterceptReason.CATEGORY_MISMATCH;
import static io.tianping.verification.api.InterceptReason.CERTIFICATE_CANCELLED;
import static io.tianping.verification.api.InterceptReason.CERTIFICATE_EXPIRED;
import static io.tianping.verification.api.InterceptReason.CERTIFICATE_MISSING;
import static io.tianping.verification.api.InterceptReason.CERTIFICATE_NOT_FOUND;
import static io.tianping.verification.api.InterceptReason.CERTIFICATE_REVOKED;
import static io.tianping.verification.api.InterceptReason.CERTIFICATE_SUSPENDED;
import static io.tianping.verification.api.InterceptReason.MERCHANT_LISTED;
import static io.tianping.verification.api.InterceptReason.MODEL_NOT_COVERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

class ListingVerdictPolicyTest {

    private final ListingVerdictPolicy policy = new ListingVerdictPolicy();

    record Case(ListingToCheck listing, CertificateSnapshot certificate, LocalDate today,
                List<InterceptReason> reasons, List<CheckFlag> flags) {
    }

    private static Case of(ListingToCheck listing, CertificateSnapshot certificate, LocalDate today,
                           List<InterceptReason> reasons, List<CheckFlag> flags) {
        return new Case(listing, certificate, today, reasons, flags);
    }

    static Stream<Arguments> cases() {
        CertificateSnapshot valid = kettleSnapshot(VALID);
        return Stream.of(
                argumentSet("holder selling a covered model under a valid certificate passes",
                        of(kettleListing(), valid, TODAY, List.of(), List.of())),
                argumentSet("manufacturer selling passes",
                        of(listing(MANUFACTURER, KETTLES, "KX-100", KETTLE), valid, TODAY, List.of(), List.of())),
                argumentSet("valid on its last day passes",
                        of(kettleListing(), valid, VALID_UNTIL, List.of(), List.of())),
                argumentSet("no certificate named",
                        of(listing(HOLDER, KETTLES, "KX-100", null), null, TODAY, List.of(CERTIFICATE_MISSING), List.of())),
                argumentSet("unknown certificate",
                        of(kettleListing(), null, TODAY, List.of(CERTIFICATE_NOT_FOUND), List.of())),
                argumentSet("suspended", of(kettleListing(), kettleSnapshot(SUSPENDED), TODAY, List.of(CERTIFICATE_SUSPENDED), List.of())),
                argumentSet("revoked", of(kettleListing(), kettleSnapshot(REVOKED), TODAY, List.of(CERTIFICATE_REVOKED), List.of())),
                argumentSet("cancelled", of(kettleListing(), kettleSnapshot(CANCELLED), TODAY, List.of(CERTIFICATE_CANCELLED), List.of())),
                argumentSet("valid by status but past its expiry date",
                        of(kettleListing(), valid, VALID_UNTIL.plusDays(1), List.of(CERTIFICATE_EXPIRED), List.of())),
                argumentSet("model not covered",
                        of(listing(HOLDER, KETTLES, "KX-300", KETTLE), valid, TODAY, List.of(MODEL_NOT_COVERED), List.of())),
                argumentSet("category differs from the certificate's catalogue code",
                        of(listing(HOLDER, RICE_COOKERS, "KX-100", KETTLE), valid, TODAY, List.of(CATEGORY_MISMATCH), List.of())),
                argumentSet("suspended and model not covered: both reasons",
                        of(listing(HOLDER, KETTLES, "KX-300", KETTLE), kettleSnapshot(SUSPENDED), TODAY,
                                List.of(CERTIFICATE_SUSPENDED, MODEL_NOT_COVERED), List.of())),
                argumentSet("expired, model not covered and wrong category: all three",
                        of(listing(HOLDER, RICE_COOKERS, "KX-300", KETTLE), valid, VALID_UNTIL.plusYears(1),
                                List.of(CERTIFICATE_EXPIRED, MODEL_NOT_COVERED, CATEGORY_MISMATCH), List.of())),
                argumentSet("reseller passes, flagged",
                        of(listing(RESELLER, KETTLES, "KX-100", KETTLE), valid, TODAY, List.of(), List.of(MERCHANT_NOT_HOLDER))),
                argumentSet("reseller of a revoked certificate: intercepted and flagged",
                        of(listing(RESELLER, KETTLES, "KX-100", KETTLE), kettleSnapshot(REVOKED), TODAY,
                                List.of(CERTIFICATE_REVOKED), List.of(MERCHANT_NOT_HOLDER))),
                argumentSet("pilot-era reseller passes with both flags",
                        of(listing(PILOT_ERA, KETTLES, "KX-100", KETTLE), valid, TODAY, List.of(),
                                List.of(MERCHANT_NOT_HOLDER, PILOT_ERA_CREDIT_CODE))),
                argumentSet("pilot-era holder passes, flagged",
                        of(listing(PILOT_ERA, KETTLES, "KX-100", KETTLE),
                                new CertificateSnapshot(KETTLE, VALID, PILOT_ERA, MANUFACTURER, KETTLES, List.of("KX-100"), VALID_UNTIL),
                                TODAY, List.of(), List.of(PILOT_ERA_CREDIT_CODE))),
                argumentSet("pilot-era merchant without a certificate: intercepted and flagged",
                        of(listing(PILOT_ERA, KETTLES, "KX-100", null), null, TODAY,
                                List.of(CERTIFICATE_MISSING), List.of(PILOT_ERA_CREDIT_CODE))));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void judgesListing(Case c) {
        ListingVerdict verdict = policy.judge(c.listing(), c.certificate(), c.today());

        assertThat(verdict.reasons()).containsExactlyElementsOf(c.reasons());
        assertThat(verdict.flags()).containsExactlyElementsOf(c.flags());
        assertThat(verdict.verdict()).isEqualTo(c.reasons().isEmpty() ? Verdict.PASS : Verdict.INTERCEPT);
    }

    static Stream<Arguments> listedMerchants() {
        return Stream.of(
                argumentSet("a listed merchant with a valid certificate is intercepted",
                        of(kettleListing(), kettleSnapshot(VALID), TODAY, List.of(MERCHANT_LISTED), List.of())),
                argumentSet("a listed merchant keeps the certificate's own reasons, listing last",
                        of(kettleListing(), kettleSnapshot(SUSPENDED), TODAY, List.of(CERTIFICATE_SUSPENDED, MERCHANT_LISTED), List.of())),
                argumentSet("a listed reseller keeps its flag",
                        of(listing(RESELLER, KETTLES, "KX-100", KETTLE), kettleSnapshot(VALID), TODAY, List.of(MERCHANT_LISTED),
                                List.of(MERCHANT_NOT_HOLDER))),
                argumentSet("a listed merchant without a certificate",
                        of(listing(HOLDER, KETTLES, "KX-100", null), null, TODAY, List.of(CERTIFICATE_MISSING, MERCHANT_LISTED), List.of())));
    }

    @ParameterizedTest
    @MethodSource("listedMerchants")
    void interceptsListedMerchantsWhateverTheirCertificate(Case c) {
        ListingVerdict verdict = policy.judge(c.listing(), c.certificate(), List.of(MERCHANT_LISTED), c.today());

        assertThat(verdict.verdict()).isEqualTo(Verdict.INTERCEPT);
        assertThat(verdict.reasons()).containsExactlyElementsOf(c.reasons());
        assertThat(verdict.flags()).containsExactlyElementsOf(c.flags());
    }

    @org.junit.jupiter.api.Test
    void aListingHeldAfterAFailedSpotCheckIsInterceptedWithBothHoldsAfterTheCertificatesReasons() {
        ListingVerdict verdict = policy.judge(kettleListing(), kettleSnapshot(SUSPENDED),
                List.of(MERCHANT_LISTED, InterceptReason.SPOT_CHECK_FAILED), TODAY);
        assertThat(verdict.reasons()).containsExactly(CERTIFICATE_SUSPENDED, MERCHANT_LISTED, InterceptReason.SPOT_CHECK_FAILED);
    }

    @ParameterizedTest(name = "certificate model {0} covers listing model {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            KX-100      | KX-100           | true
            KX-100      | " kx-100 "       | true
            kx-100      | KX-100           | true
            KX-150 PRO  | "KX-150   pro"   | true
            "KX-150 PRO"| "KX-150\tPRO"    | true
            KX-100      | ＫＸ－１００       | true
            KX-100      | KX-1000          | false
            KX-100      | KX-10            | false
            KX-100      | KX 100           | false
            KX-2*       | KX-200           | true
            KX-2*       | kx-2a            | true
            KX-2*       | KX-2             | true
            KX-2*       | KX-3             | false
            KX-2*       | XKX-2            | false
            "KX-3 *"    | "KX-3 mini"      | true
            "KX-3 *"    | KX-30            | false
            *           | KX-100           | false
            电水壶 A1     | "电水壶  a1"       | true
            """)
    void comparesModelsNormalised(String certificateModel, String listingModel, boolean covered) {
        CertificateSnapshot certificate =
                new CertificateSnapshot(KETTLE, VALID, HOLDER, MANUFACTURER, KETTLES, List.of(certificateModel), VALID_UNTIL);

        ListingVerdict verdict = policy.judge(listing(HOLDER, KETTLES, listingModel, KETTLE), certificate, TODAY);

        assertThat(verdict.reasons().contains(MODEL_NOT_COVERED)).isEqualTo(!covered);
    }

    @ParameterizedTest
    @CsvSource({"VALID, 2029-02-28, VALID", "VALID, 2029-03-01, EXPIRED", "SUSPENDED, 2030-01-01, SUSPENDED",
            "REVOKED, 2030-01-01, REVOKED", "CANCELLED, 2025-01-01, CANCELLED"})
    void expiresValidCertificatesByDate(CertificateStatus status, LocalDate today, CertificateStatus effective) {
        assertThat(kettleSnapshot(status).effectiveStatus(today)).isEqualTo(effective);
    }
}
