package io.tianping.verification;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.verification.api.CertificateCommand.IssueCertificate;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.Factory;
import io.tianping.verification.api.ListingKey;
import io.tianping.verification.api.ListingToCheck;
import io.tianping.verification.api.Party;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Kettle certificates of body 01 valid today, and listings that sell a model they cover (public: traceability's module
 * test registers and recalls kettles under them).
 */
public final class Kettles {

    public static final CreditCode MAKER = CreditCode.of("91330100716105852F");
    public static final Party MANUFACTURER = new Party("浙江苏泊尔家电制造有限公司", MAKER);
    public static final CatalogueCode KETTLES = CatalogueCode.of("0717");
    public static final String MODEL = "SWF-17E";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private Kettles() {
    }

    public static CertificateNumber newNumber() {
        return CertificateNumber.of("2025010717%06d".formatted(SERIAL.incrementAndGet()));
    }

    public static IssueCertificate issue(CertificateNumber number, LocalDate today) {
        return new IssueCertificate(number, MANUFACTURER, MANUFACTURER, new Factory("苏泊尔杭州工厂", "浙江省杭州市萧山区"), "电热水壶",
                KETTLES, List.of(MODEL, "SWF-15E"), List.of("GB 4706.1-2005", "GB 4706.19-2008"),
                today.minusYears(1), today.plusYears(4), "01");
    }

    public static ListingToCheck listing(PlatformId platform, String listingId, CertificateNumber number) {
        return new ListingToCheck(new ListingKey(platform, listingId), new MerchantRef("杭州小家电专营店", MAKER),
                "苏泊尔电热水壶 1.7L", KETTLES, MODEL, number, Money.of("129.00"));
    }
}
