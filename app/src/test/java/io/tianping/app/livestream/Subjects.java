package io.tianping.app.livestream;

import io.tianping.app.support.Certificates;
import io.tianping.livestream.api.IdNumber;
import io.tianping.sharedkernel.ChinaTime;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies of live-commerce subjects for tests: each call makes a new person or organisation. */
final class Subjects {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 500));

    private Subjects() {
    }

    static LocalDate today() {
        return ChinaTime.dayOf(java.time.Instant.now());
    }

    /** A new valid ID number of someone from {@code region} born on {@code born}. */
    static String idNumber(String region, LocalDate born) {
        String first17 = region + born.toString().replace("-", "") + "%03d".formatted(SERIAL.incrementAndGet() % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A new valid credit code registered in Xihu district (330106). */
    static String creditCode() {
        return Certificates.creditCode("91330106MA2L%05d".formatted(SERIAL.incrementAndGet() % 100_000));
    }

    static String host(String account, String idNumber, LocalDate birthDate, boolean consent) {
        return """
                {"account":"%s","name":"王小明","idNumber":"%s","birthDate":"%s","residence":"杭州市西湖区",
                 "contact":"13812345678","guardianConsent":%s,"aiGenerated":false}""".formatted(account, idNumber, birthDate, consent);
    }

    static String adultHost(String account, String idNumber) {
        return host(account, idNumber, LocalDate.parse(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-"
                + idNumber.substring(12, 14)), false);
    }

    static String operator(String account, String creditCode, String region) {
        return """
                {"account":"%s","name":"杭州好物直播有限公司","creditCode":"%s",
                 "actualAddress":{"region":"%s","address":"杭州市西湖区文三路 90 号"},"contact":"0571-88886666",
                 "licences":["营业执照"],"verifiedOn":"%s"}""".formatted(account, creditCode, region, today());
    }
}
