package io.tianping.odr;

import io.tianping.odr.api.ComplaintCommand.FileComplaint;
import io.tianping.odr.api.ComplaintEvent.ComplaintFiled;
import io.tianping.odr.api.ComplaintId;
import io.tianping.odr.api.ComplaintRoute;
import io.tianping.odr.api.Consumer;
import io.tianping.odr.api.OdrEnterpriseId;
import io.tianping.odr.api.ComplaintProduct;
import io.tianping.odr.api.Respondent;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.RegionCode;

import java.time.Instant;
import java.time.LocalDate;

/** Shared test data: the demo enterprise in Hangzhou Xihu and a kettle complaint against it. */
public final class OdrFixtures {

    public static final CreditCode ENTERPRISE_CODE = CreditCode.of("91330106MA27XH3Q56");
    public static final OdrEnterpriseId ENTERPRISE = OdrEnterpriseId.of(ENTERPRISE_CODE);
    public static final RegionCode XIHU = RegionCode.of("330106");
    public static final ComplaintId COMPLAINT = ComplaintId.of("6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
    public static final Consumer CONSUMER = new Consumer("张三", "13812345678");
    public static final Respondent RESPONDENT = new Respondent("杭州西湖小家电有限公司", ENTERPRISE_CODE);
    public static final ComplaintProduct KETTLE = new ComplaintProduct("电热水壶", CatalogueCode.of("0717"), "SWF-17E");
    /** Friday 13 Feb 2026, 10:00 in China: the day before the Saturday make-up day and Spring Festival. */
    public static final Instant RECEIVED = Instant.parse("2026-02-13T02:00:00Z");
    /** 10 WD after 13 Feb 2026 (domain.md). */
    public static final LocalDate ENTERPRISE_DUE = LocalDate.parse("2026-03-05");
    /** 7 WD after 13 Feb 2026: Sat 14 Feb, then 24–27 Feb, Sat 28 Feb, Mon 2 Mar. */
    public static final LocalDate ACCEPTANCE_DUE = LocalDate.parse("2026-03-02");

    private OdrFixtures() {
    }

    public static FileComplaint file(boolean odr, boolean enrolled) {
        return new FileComplaint(COMPLAINT, RECEIVED, odr, CONSUMER, RESPONDENT, KETTLE, "platform-a", "A-1001",
                Money.of("129.00"), "退货退款", "使用一周后底座漏电", LocalDate.parse("2026-02-10"), enrolled);
    }

    public static ComplaintFiled filed(ComplaintRoute route) {
        return filed(true, route);
    }

    public static ComplaintFiled filed(boolean odr, ComplaintRoute route) {
        return new ComplaintFiled(COMPLAINT, RECEIVED, odr, CONSUMER, RESPONDENT, KETTLE, "platform-a", "A-1001",
                Money.of("129.00"), "退货退款", "使用一周后底座漏电", LocalDate.parse("2026-02-10"), route, XIHU,
                route == ComplaintRoute.ENTERPRISE ? ENTERPRISE_DUE : ACCEPTANCE_DUE);
    }

    /** A China day at 10:00 local time. */
    public static Instant at(String day) {
        return Instant.parse(day + "T02:00:00Z");
    }
}
