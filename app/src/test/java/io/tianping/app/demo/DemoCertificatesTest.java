package io.tianping.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.demo.DemoCertificateGenerator.DemoCertificate;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CccCatalogue;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.verification.api.CertificateCommand;
import io.tianping.verification.api.CertificateCommand.IssueCertificate;
import io.tianping.verification.api.CertificateCommand.ReinstateCertificate;
import io.tianping.verification.api.CertificateCommand.SuspendCertificate;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.Party;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoCertificatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Map<String, String> PROVINCES = Map.of("浙江省", "33", "江苏省", "32", "上海市", "31",
            "广东省", "44", "山东省", "37", "安徽省", "34");

    private final List<DemoCertificate> plan = generate(DemoCertificates.SEED, TODAY);

    private static List<DemoCertificate> generate(long seed, LocalDate today) {
        return new DemoCertificateGenerator(seed, today).generate(DemoCertificates.COUNT);
    }

    @Test
    void sameSeedAndDayGiveTheSamePlan() {
        assertThat(generate(DemoCertificates.SEED, TODAY)).isEqualTo(plan);
        assertThat(generate(DemoCertificates.SEED + 1, TODAY)).isNotEqualTo(plan);
    }

    @Test
    void issuesThreeHundredCertificatesOfBody01WithDistinctNumbersMatchingTheirContent() {
        assertThat(plan).hasSize(300);
        assertThat(issues().map(i -> i.number().value()).distinct()).hasSize(300);
        assertThat(issues()).allSatisfy(issue -> {
            assertThat(issue.number().bodyCode()).isEqualTo("01");
            assertThat(issue.issuingBody()).isEqualTo("01");
            assertThat(issue.number().issueYear()).isEqualTo(issue.issuedOn().getYear());
            assertThat(issue.validUntil()).isEqualTo(issue.issuedOn().plusYears(5).minusDays(1));
            assertThat(issue.models()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(issue.standards()).isNotEmpty();
        });
    }

    @Test
    void coversAtLeastTenCatalogueCodesAllInThe2023Catalogue() {
        Set<CatalogueCode> codes = issues().map(IssueCertificate::catalogueCode).collect(Collectors.toSet());
        assertThat(codes).hasSizeGreaterThanOrEqualTo(10).allMatch(CccCatalogue.edition2023()::contains);
        assertThat(issues()).filteredOn(i -> i.number().productCode().value().startsWith("07"))
                .allSatisfy(i -> assertThat(i.standards()).contains("GB 4706.1-2005"));
    }

    @Test
    void mostAreValidAndSomeAreSuspendedRevokedCancelledOrExpired() {
        Map<CertificateStatus, Long> byStatus = plan.stream()
                .collect(Collectors.groupingBy(DemoCertificate::status, Collectors.counting()));
        assertThat(byStatus.get(CertificateStatus.VALID)).isBetween(220L, 260L);
        assertThat(byStatus.get(CertificateStatus.SUSPENDED)).isGreaterThanOrEqualTo(8);
        assertThat(byStatus.get(CertificateStatus.REVOKED)).isGreaterThanOrEqualTo(5);
        assertThat(byStatus.get(CertificateStatus.CANCELLED)).isGreaterThanOrEqualTo(5);
        assertThat(byStatus.get(CertificateStatus.EXPIRED)).isGreaterThanOrEqualTo(8);
        assertThat(plan).filteredOn(c -> c.status() == CertificateStatus.EXPIRED)
                .allSatisfy(c -> assertThat(c.issue().validUntil()).isBefore(TODAY));
        assertThat(plan).filteredOn(c -> c.status() != CertificateStatus.EXPIRED)
                .allSatisfy(c -> assertThat(c.issue().validUntil()).isAfter(TODAY));
        assertThat(plan).anySatisfy(c -> assertThat(c.changes()).hasAtLeastOneElementOfType(ReinstateCertificate.class));
    }

    @Test
    void everyChangeTakesEffectBetweenIssueAndTodayAndInOrder() {
        assertThat(plan).allSatisfy(certificate -> {
            LocalDate previous = certificate.issue().issuedOn();
            for (CertificateCommand change : certificate.changes()) {
                LocalDate effectiveOn = effectiveOn(change);
                assertThat(effectiveOn).isAfterOrEqualTo(previous).isBefore(TODAY);
                if (change instanceof SuspendCertificate || change instanceof ReinstateCertificate) {
                    assertThat(effectiveOn).isBeforeOrEqualTo(certificate.issue().validUntil());
                }
                previous = effectiveOn;
            }
        });
    }

    @Test
    void companiesHaveValidCreditCodesRegisteredInTheProvinceOfTheirFactory() {
        List<Party> parties = issues().flatMap(i -> Stream.of(i.holder(), i.manufacturer())).distinct().toList();
        assertThat(parties).hasSizeGreaterThan(40);
        assertThat(parties).extracting(Party::creditCode).noneMatch(CreditCode::pilotEra);
        assertThat(parties.stream().collect(Collectors.groupingBy(Party::name))).allSatisfy((name, same) -> assertThat(same).hasSize(1));
        assertThat(issues()).allSatisfy(issue -> {
            String province = PROVINCES.keySet().stream().filter(issue.factory().address()::startsWith).findFirst().orElseThrow();
            assertThat(issue.manufacturer().creditCode().value().substring(2, 4)).isEqualTo(PROVINCES.get(province));
            assertThat(issue.factory().name()).isEqualTo(issue.manufacturer().name());
        });
    }

    @Test
    void tourCertificatesComeFirstWithTheirAdvertisedStatus() {
        Map<String, DemoCertificate> byNumber = plan.stream()
                .collect(Collectors.toMap(c -> c.issue().number().value(), Function.identity()));
        assertThat(byNumber.get(DemoCertificates.KETTLE).status()).isEqualTo(CertificateStatus.VALID);
        assertThat(byNumber.get(DemoCertificates.KETTLE).issue().models()).contains("SWF-17E");
        assertThat(byNumber.get(DemoCertificates.KETTLE).issue().productName()).isEqualTo("电热水壶");
        assertThat(byNumber.get(DemoCertificates.POWER_BANK).status()).isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(byNumber.get(DemoCertificates.RICE_COOKER).status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(generate(99, TODAY.plusYears(1)).subList(0, 3)).isEqualTo(plan.subList(0, 3));
    }

    @Test
    void organisationCodeCheckMatchesAKnownCode() {
        assertThat(DemoCompanies.organisationCheck("71610585")).isEqualTo("2"); // 91330100716105852F
        assertThat(DemoCompanies.creditCode("330100", "71610585").value()).isEqualTo("91330100716105852F");
    }

    private Stream<IssueCertificate> issues() {
        return plan.stream().map(DemoCertificate::issue);
    }

    private static LocalDate effectiveOn(CertificateCommand change) {
        return switch (change) {
            case SuspendCertificate c -> c.effectiveOn();
            case ReinstateCertificate c -> c.effectiveOn();
            case CertificateCommand.RevokeCertificate c -> c.effectiveOn();
            case CertificateCommand.CancelCertificate c -> c.effectiveOn();
            case IssueCertificate c -> c.issuedOn();
            case CertificateCommand.RecallModel c -> throw new IllegalStateException("the demo recalls nothing");
        };
    }
}
