package io.tianping.verification.domain;

import io.tianping.verification.api.CertificateCommand.CancelCertificate;
import io.tianping.verification.api.CertificateCommand.IssueCertificate;
import io.tianping.verification.api.CertificateCommand.ReinstateCertificate;
import io.tianping.verification.api.CertificateCommand.RevokeCertificate;
import io.tianping.verification.api.CertificateCommand.SuspendCertificate;
import io.tianping.verification.api.CertificateEvent.CertificateCancelled;
import io.tianping.verification.api.CertificateEvent.CertificateReinstated;
import io.tianping.verification.api.CertificateEvent.CertificateRevoked;
import io.tianping.verification.api.CertificateEvent.CertificateSuspended;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.IssueOutcome;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static io.tianping.verification.VerificationFixtures.ISSUED_ON;
import static io.tianping.verification.VerificationFixtures.KETTLE;
import static io.tianping.verification.VerificationFixtures.VALID_UNTIL;
import static io.tianping.verification.VerificationFixtures.issueKettle;
import static io.tianping.verification.VerificationFixtures.kettleIssued;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

class CertificateTest {

    private static final LocalDate ON = LocalDate.of(2025, 6, 18);
    private static final LocalDate AFTER_EXPIRY = VALID_UNTIL.plusDays(1);

    private AggregateTestFixture<Certificate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Certificate.class);
    }

    /** The events that bring the kettle certificate to {@code status}. */
    static List<Object> historyLeadingTo(CertificateStatus status) {
        return switch (status) {
            case VALID -> List.of(kettleIssued());
            case SUSPENDED -> List.of(kettleIssued(), new CertificateSuspended(KETTLE, "抽查不合格", ON.minusDays(10)));
            case REVOKED -> List.of(kettleIssued(), new CertificateRevoked(KETTLE, "重大缺陷", ON.minusDays(10)));
            case CANCELLED -> List.of(kettleIssued(), new CertificateCancelled(KETTLE, "持证人申请注销", ON.minusDays(10)));
            case EXPIRED -> throw new IllegalArgumentException("no event leads to EXPIRED: it follows from the date");
        };
    }

    @Nested
    class Issue {

        @Test
        void issuesNewCertificateAsValid() {
            fixture.givenNoPriorActivity()
                    .when(issueKettle())
                    .expectEvents(kettleIssued())
                    .expectResultMessagePayload(IssueOutcome.CREATED);
        }

        @Test
        void issuingTheSameContentAgainChangesNothing() {
            fixture.given(kettleIssued())
                    .when(issueKettle())
                    .expectNoEvents()
                    .expectResultMessagePayload(IssueOutcome.UNCHANGED);
        }

        @Test
        void issuingTheSameContentAgainAfterSuspensionChangesNothing() {
            fixture.given(historyLeadingTo(CertificateStatus.SUSPENDED))
                    .when(issueKettle())
                    .expectNoEvents()
                    .expectResultMessagePayload(IssueOutcome.UNCHANGED);
        }

        @Test
        void refusesToIssueTheSameNumberWithDifferentContentNamingWhatDiffers() {
            IssueCertificate k = issueKettle();
            IssueCertificate changed = new IssueCertificate(k.number(), k.holder(), k.manufacturer(), k.factory(),
                    k.productName(), k.catalogueCode(), List.of("KX-100", "KX-999"), k.standards(), k.issuedOn(),
                    k.validUntil().plusYears(1), k.issuingBody());
            fixture.given(kettleIssued())
                    .when(changed)
                    .expectNoEvents()
                    .expectException(VerificationRuleViolated.class)
                    .expectExceptionMessage(allOf(containsString(KETTLE.value()), containsString("VALID"),
                            containsString("models, validUntil")));
        }
    }

    @Nested
    class Suspend {

        @Test
        void suspendsValidCertificate() {
            fixture.given(kettleIssued())
                    .when(new SuspendCertificate(KETTLE, "抽查不合格", ON))
                    .expectEvents(new CertificateSuspended(KETTLE, "抽查不合格", ON));
        }

        @Test
        void suspendsOnTheLastDayOfValidity() {
            fixture.given(kettleIssued())
                    .when(new SuspendCertificate(KETTLE, "抽查不合格", VALID_UNTIL))
                    .expectEvents(new CertificateSuspended(KETTLE, "抽查不合格", VALID_UNTIL));
        }

        @ParameterizedTest
        @EnumSource(names = {"SUSPENDED", "REVOKED", "CANCELLED"})
        void refusesToSuspendCertificateThatIsNotValid(CertificateStatus status) {
            fixture.given(historyLeadingTo(status))
                    .when(new SuspendCertificate(KETTLE, "抽查不合格", ON))
                    .expectNoEvents()
                    .expectException(VerificationRuleViolated.class)
                    .expectExceptionMessage("certificate %s is %s; only a certificate that is VALID can be suspended"
                            .formatted(KETTLE, status));
        }

        @Test
        void refusesToSuspendCertificateExpiredByDate() {
            fixture.given(kettleIssued())
                    .when(new SuspendCertificate(KETTLE, "抽查不合格", AFTER_EXPIRY))
                    .expectNoEvents()
                    .expectException(VerificationRuleViolated.class)
                    .expectExceptionMessage(allOf(containsString(KETTLE.value()), containsString("is EXPIRED"),
                            containsString("only a VALID certificate within its validity can be suspended")));
        }

        @Test
        void refusesSuspensionEffectiveBeforeTheCertificateWasIssued() {
            fixture.given(kettleIssued())
                    .when(new SuspendCertificate(KETTLE, "抽查不合格", ISSUED_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(VerificationRuleViolated.class)
                    .expectExceptionMessage(containsString("before it existed"));
        }

        @Test
        void refusesToSuspendUnknownCertificate() {
            fixture.givenNoPriorActivity()
                    .when(new SuspendCertificate(KETTLE, "抽查不合格", ON))
                    .expectException(AggregateNotFoundException.class);
        }
    }

    @Nested
    class Revoke {

        @ParameterizedTest
        @EnumSource(names = {"VALID", "SUSPENDED"})
        void revokesValidOrSuspendedCertificate(CertificateStatus status) {
            fixture.given(historyLeadingTo(status))
                    .when(new RevokeCertificate(KETTLE, "重大缺陷", ON))
                    .expectEvents(new CertificateRevoked(KETTLE, "重大缺陷", ON));
        }

        @Test
        void revokesCertificateAfterItsExpiryDate() {
            fixture.given(kettleIssued())
                    .when(new RevokeCertificate(KETTLE, "事故", AFTER_EXPIRY))
                    .expectEvents(new CertificateRevoked(KETTLE, "事故", AFTER_EXPIRY));
        }

        @ParameterizedTest
        @EnumSource(names = {"REVOKED", "CANCELLED"})
        void refusesToRevokeCertificateThatIsFinal(CertificateStatus status) {
            fixture.given(historyLeadingTo(status))
                    .when(new RevokeCertificate(KETTLE, "重大缺陷", ON))
                    .expectNoEvents()
                    .expectException(VerificationRuleViolated.class)
                    .expectExceptionMessage("certificate %s is %s; only a certificate that is VALID or SUSPENDED can be revoked"
                            .formatted(KETTLE, status));
        }
    }

    @Nested
    class Cancel {

        @ParameterizedTest
        @EnumSource(names = {"VALID", "SUSPENDED"})
        void cancelsValidOrSuspendedCertificate(CertificateStatus status) {
            fixture.given(historyLeadingTo(status))
                    .when(new CancelCertificate(KETTLE, "持证人申请注销", ON))
                    .expectEvents(new CertificateCancelled(KETTLE, "持证人申请注销", ON));
        }

        @Test
        void cancelsCertificateThatExpiredWithoutRenewal() {
            fixture.given(kettleIssued())
                    .when(new CancelCertificate(KETTLE, "到期未换证", AFTER_EXPIRY))
                    .expectEvents(new CertificateCancelled(KETTLE, "到期未换证", AFTER_EXPIRY));
        }

        @ParameterizedTest
        @EnumSource(names = {"REVOKED", "CANCELLED"})
        void refusesToCancelCertificateThatIsFinal(CertificateStatus status) {
            fixture.given(historyLeadingTo(status))
                    .when(new CancelCertificate(KETTLE, "持证人申请注销", ON))
                    .expectNoEvents()
                    .expectException(VerificationRuleViolated.class)
                    .expectExceptionMessage("certificate %s is %s; only a certificate that is VALID or SUSPENDED can be cancelled"
                            .formatted(KETTLE, status));
        }
    }

    @Nested
    class Reinstate {

        @Test
        void reinstatesSuspendedCertificate() {
            fixture.given(historyLeadingTo(CertificateStatus.SUSPENDED))
                    .when(new ReinstateCertificate(KETTLE, "整改完成", ON))
                    .expectEvents(new CertificateReinstated(KETTLE, "整改完成", ON));
        }

        @Test
        void reinstatedCertificateCanBeSuspendedAgain() {
            fixture.given(historyLeadingTo(CertificateStatus.SUSPENDED))
                    .andGiven(new CertificateReinstated(KETTLE, "整改完成", ON))
                    .when(new SuspendCertificate(KETTLE, "再次抽查不合格", ON.plusDays(30)))
                    .expectEvents(new CertificateSuspended(KETTLE, "再次抽查不合格", ON.plusDays(30)));
        }

        @ParameterizedTest
        @EnumSource(names = {"VALID", "REVOKED", "CANCELLED"})
        void refusesToReinstateCertificateThatIsNotSuspended(CertificateStatus status) {
            fixture.given(historyLeadingTo(status))
                    .when(new ReinstateCertificate(KETTLE, "整改完成", ON))
                    .expectNoEvents()
                    .expectException(VerificationRuleViolated.class)
                    .expectExceptionMessage("certificate %s is %s; only a certificate that is SUSPENDED can be reinstated"
                            .formatted(KETTLE, status));
        }

        @Test
        void refusesToReinstateCertificateExpiredByDate() {
            fixture.given(historyLeadingTo(CertificateStatus.SUSPENDED))
                    .when(new ReinstateCertificate(KETTLE, "整改完成", AFTER_EXPIRY))
                    .expectNoEvents()
                    .expectException(VerificationRuleViolated.class)
                    .expectExceptionMessage(allOf(containsString(KETTLE.value()), containsString("is EXPIRED"),
                            containsString("only a SUSPENDED certificate within its validity can be reinstated")));
        }
    }

    @Nested
    class RecallAModel {

        private static final java.time.Instant AT = java.time.Instant.parse("2026-11-30T02:00:00Z");

        @Test
        void recallsAModelUnderTheCertificate() {
            fixture.given(kettleIssued())
                    .when(new io.tianping.verification.api.CertificateCommand.RecallModel(KETTLE, "SWF-17E", "r-1", AT))
                    .expectEvents(new io.tianping.verification.api.CertificateEvent.ModelRecalled(KETTLE, "SWF-17E", "r-1", AT));
        }

        @Test
        void theSameRecallAgainChangesNothing() {
            fixture.given(kettleIssued(), new io.tianping.verification.api.CertificateEvent.ModelRecalled(KETTLE, "SWF-17E", "r-1", AT))
                    .when(new io.tianping.verification.api.CertificateCommand.RecallModel(KETTLE, "SWF-17E", "r-1", AT))
                    .expectNoEvents();
        }

        @Test
        void aRecallOfAnUnknownCertificateIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new io.tianping.verification.api.CertificateCommand.RecallModel(KETTLE, "SWF-17E", "r-1", AT))
                    .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
        }
    }
}
