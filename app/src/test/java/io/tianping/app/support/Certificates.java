package io.tianping.app.support;

import io.tianping.sharedkernel.CreditCode;
import java.util.concurrent.atomic.AtomicInteger;

/** Certificate and listing bodies for tests, each with a fresh certificate number and valid credit codes. */
public final class Certificates {

    public static final String HOLDER = "91330100716105852F";
    public static final String MANUFACTURER = "9144030071526726XG";
    public static final String RESELLER = "91350100M000100Y43";
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 400_000));

    private Certificates() {
    }

    /** A new number of body 01 for catalogue code {@code code}, e.g. 2025010717xxxxxx. */
    public static String newNumber(String code) {
        return "202501" + code + "%06d".formatted(SERIAL.incrementAndGet());
    }

    public static String kettle(String number) {
        return """
                {"number":"%s","holder":{"name":"浙江苏泊尔家电制造有限公司","creditCode":"%s"},
                 "manufacturer":{"name":"浙江苏泊尔家电制造有限公司","creditCode":"%s"},
                 "factory":{"name":"苏泊尔杭州工厂","address":"浙江省杭州市萧山区"},
                 "productName":"电热水壶","catalogueCode":"0717","models":["SWF-17E","SWF-15E"],
                 "standards":["GB 4706.1-2005","GB 4706.19-2008"],"issuedOn":"2024-03-01","validUntil":"2029-02-28"}
                """.formatted(number, HOLDER, HOLDER);
    }

    public static String listing(String listingId, String certificateNumber, String model) {
        return """
                {"listingId":"%s","merchant":{"name":"杭州小家电专营店","creditCode":"%s"},"title":"苏泊尔电热水壶 1.7L",
                 "catalogueCode":"0717","model":"%s","certificateNumber":"%s","price":"129.00"}
                """.formatted(listingId, HOLDER, model, certificateNumber);
    }

    /** A valid credit code made from the first 17 characters. */
    public static String creditCode(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }
}
