package io.tianping.spotcheck;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.Role;
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
 * Washing-machine certificates of a maker registered in Jiaxing (330482), and listings of them on platform A by a
 * shop registered in Fuzhou (350100): verification's side of spotcheck's module test.
 */
final class Washers {

    static final CatalogueCode WASHERS = CatalogueCode.of("0705");
    static final Party MAKER = new Party("浙江某洗衣机制造有限公司", CreditCode.of("91330482MA2JJ0001X"));
    static final MerchantRef SHOP = new MerchantRef("福州某家电专营店", CreditCode.of("91350100M000100Y43"));
    static final PlatformId PLATFORM_A = PlatformId.of("platform-a");
    static final Actor PLATFORM_A_CALLING = new Actor("platform-a", Role.PLATFORM, "platform-a", null);
    static final String MODEL = "XQB100-K1";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private Washers() {
    }

    static CertificateNumber newNumber() {
        return CertificateNumber.of("2025010705%06d".formatted(SERIAL.incrementAndGet()));
    }

    static IssueCertificate issue(CertificateNumber number, LocalDate today) {
        return new IssueCertificate(number, MAKER, MAKER, new Factory("嘉兴工厂", "浙江省嘉兴市桐乡市"), "波轮洗衣机", WASHERS,
                List.of(MODEL), List.of("GB 4706.24-2008"), today.minusYears(1), today.plusYears(4), "01");
    }

    static ListingToCheck listing(CertificateNumber number) {
        return new ListingToCheck(new ListingKey(PLATFORM_A, "W-" + number), SHOP, "10公斤波轮洗衣机", WASHERS, MODEL, number,
                Money.of("899.00"));
    }
}
