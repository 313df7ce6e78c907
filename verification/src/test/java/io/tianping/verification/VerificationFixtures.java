package io.tianping.verification;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.verification.api.CertificateCommand.IssueCertificate;
import io.tianping.verification.api.CertificateEvent.CertificateIssued;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateSnapshot;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.Factory;
import io.tianping.verification.api.ListingKey;
import io.tianping.verification.api.ListingToCheck;
import io.tianping.verification.api.Party;

import java.time.LocalDate;
import java.util.List;

/** Shared test data: one kettle certificate, its parties, a reseller and two platforms. */
public final class VerificationFixtures {

    public static final CertificateNumber KETTLE = CertificateNumber.of("2024010717000123");
    public static final CertificateNumber OTHER_KETTLE = CertificateNumber.of("2024010717000456");
    public static final CatalogueCode KETTLES = CatalogueCode.of("0717");
    public static final CatalogueCode RICE_COOKERS = CatalogueCode.of("0718");

    public static final CreditCode HOLDER = CreditCode.of("91330100716105852F");
    public static final CreditCode MANUFACTURER = CreditCode.of("9144030071526726XG");
    public static final CreditCode RESELLER = CreditCode.of("91350100M000100Y43");
    /** Well-formed, but its check character is wrong (the valid one is F). */
    public static final CreditCode PILOT_ERA = CreditCode.of("91330100716105852A");

    public static final LocalDate ISSUED_ON = LocalDate.of(2024, 3, 1);
    public static final LocalDate VALID_UNTIL = LocalDate.of(2029, 2, 28);
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 18);
    /** Exact models, and a family: "KX-2*" covers KX-200, KX-2A … */
    public static final List<String> MODELS = List.of("KX-100", "KX-150 PRO", "KX-2*");

    public static final PlatformId PLATFORM_A = PlatformId.of("demo-platform-a");
    public static final PlatformId PLATFORM_B = PlatformId.of("demo-platform-b");
    public static final ListingKey LISTING = new ListingKey(PLATFORM_A, "item-8812");

    private VerificationFixtures() {
    }

    public static IssueCertificate issueKettle() {
        return new IssueCertificate(KETTLE, new Party("杭州天平电器有限公司", HOLDER),
                new Party("深圳天平制造有限公司", MANUFACTURER), new Factory("深圳天平制造有限公司一厂", "深圳市宝安区福永街道1号"),
                "电热水壶", KETTLES, MODELS, List.of("GB 4706.1-2005", "GB 4706.19-2008"), ISSUED_ON, VALID_UNTIL, "CQC");
    }

    public static CertificateIssued kettleIssued() {
        IssueCertificate c = issueKettle();
        return new CertificateIssued(c.number(), c.holder(), c.manufacturer(), c.factory(), c.productName(),
                c.catalogueCode(), c.models(), c.standards(), c.issuedOn(), c.validUntil(), c.issuingBody());
    }

    public static CertificateSnapshot kettleSnapshot(CertificateStatus status) {
        return new CertificateSnapshot(KETTLE, status, HOLDER, MANUFACTURER, KETTLES, MODELS, VALID_UNTIL);
    }

    /** A kettle listing by the holder itself, naming the kettle certificate. */
    public static ListingToCheck kettleListing() {
        return listing(HOLDER, KETTLES, "KX-100", KETTLE);
    }

    public static ListingToCheck listing(CreditCode merchant, CatalogueCode category, String model, CertificateNumber numberOrNull) {
        return new ListingToCheck(LISTING, new MerchantRef("某电器专营店", merchant), "天平 电热水壶 1.7L " + model,
                category, model, numberOrNull, Money.of("129.00"));
    }
}
