package io.tianping.spotcheck.domain.selection;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.verification.api.ListingKey;

/** Listings, sellers and price ranges the selection tests share. */
final class SelectionFixtures {

    static final PlatformId TMALL = PlatformId.of("tmall");
    static final PlatformId JD = PlatformId.of("jd");
    static final CatalogueCode KETTLES = CatalogueCode.of("0717");
    static final CatalogueCode CABLES = CatalogueCode.of("0101");
    static final Money MEDIAN = Money.of("129.00");
    static final PriceRange KETTLE_PRICES = new PriceRange(KETTLES, MEDIAN, Money.of("69.00"), Money.of("239.00"), 40);
    static final CreditCode PRODUCER = creditCode(90001);

    private SelectionFixtures() {
    }

    /** A valid Hangzhou credit code, distinct for each {@code serial} below 100000. */
    static CreditCode creditCode(int serial) {
        String first17 = "913301000000" + "%05d".formatted(serial);
        return CreditCode.of(first17 + CreditCode.checkCharacter(first17));
    }

    static MerchantRef seller(int serial) {
        return new MerchantRef("店铺 " + serial, creditCode(serial));
    }

    /** A kettle listing {@code id} on {@code platform}, sold by seller {@code sellerSerial}, made by {@link #PRODUCER}. */
    static Candidate kettle(PlatformId platform, String id, int sellerSerial, String price) {
        return new Candidate(new ListingKey(platform, id), KETTLES, seller(sellerSerial), "浙江某电器有限公司", PRODUCER,
                "KX-100", Money.of(price));
    }

    static Candidate cable(PlatformId platform, String id, int sellerSerial) {
        return new Candidate(new ListingKey(platform, id), CABLES, seller(sellerSerial), null, null, null, Money.of("35.00"));
    }
}
