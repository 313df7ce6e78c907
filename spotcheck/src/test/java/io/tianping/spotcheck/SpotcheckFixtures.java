package io.tianping.spotcheck;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.spotcheck.api.CustodyStep;
import io.tianping.spotcheck.api.FailedItem;
import io.tianping.spotcheck.api.PlanCommand.CreatePlan;
import io.tianping.spotcheck.api.PlanEvent.PlanCreated;
import io.tianping.spotcheck.api.PlanId;
import io.tianping.spotcheck.api.Producer;
import io.tianping.spotcheck.api.SampleCommand.RecordPurchase;
import io.tianping.spotcheck.api.SampleEvent.CustodyRecorded;
import io.tianping.spotcheck.api.SampleEvent.LabResultRecorded;
import io.tianping.spotcheck.api.SampleEvent.ObjectionFiled;
import io.tianping.spotcheck.api.SampleEvent.ResultDelivered;
import io.tianping.spotcheck.api.SampleEvent.SamplePurchased;
import io.tianping.spotcheck.api.SampleId;
import io.tianping.spotcheck.api.SelectedListing;
import io.tianping.verification.api.ListingKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shared test data: a 2025 plan of the Zhejiang bureau sampling kettles on jd and tmall, and one kettle bought on jd
 * from a Hangzhou seller, labelled as made in Ningbo, taken through each step. The lab result comes on Monday 29 Sep
 * 2025, just before the National Day week. Times are 10:00 China time (02:00 UTC).
 */
public final class SpotcheckFixtures {

    public static final PlanId PLAN = PlanId.of("6f1c1d6e-2a3b-4c5d-8e9f-0a1b2c3d4e5f");
    public static final RegionCode ZHEJIANG = RegionCode.of("330000");
    public static final RegionCode HANGZHOU = RegionCode.of("330100");
    public static final RegionCode NINGBO = RegionCode.of("330200");
    public static final PlatformId JD = PlatformId.of("jd");
    public static final PlatformId TMALL = PlatformId.of("tmall");
    public static final CatalogueCode KETTLES = CatalogueCode.of("0717");
    public static final CatalogueCode TOASTERS = CatalogueCode.of("0708");
    public static final long SEED = 20250901L;

    public static final ListingKey LISTING = new ListingKey(JD, "100012345678");
    public static final MerchantRef SELLER = new MerchantRef("杭州天平电器有限公司", CreditCode.of("91330100716105852F"));
    public static final Producer PRODUCER = new Producer("宁波甬江电器有限公司",
            CreditCode.of("91330200MA2H0TP41" + CreditCode.checkCharacter("91330200MA2H0TP41")));
    public static final String MODEL = "TP-1712";
    public static final String PRODUCT = "电热水壶";
    public static final SelectedListing SELECTED = selected(LISTING, KETTLES);
    public static final SampleId SAMPLE = SampleId.of(PLAN, LISTING);
    public static final List<FailedItem> FAILED = List.of(new FailedItem("泄漏电流", "GB 4706.1-2005 第13章", "≤0.75 mA", "1.20 mA"));
    public static final String LAB = "浙江省产品质量检验研究院";

    public static final Instant PLANNED_AT = at("2025-09-01");
    public static final Instant PURCHASED_AT = at("2025-09-15");
    /** Monday 29 Sep 2025; 5 WD later, past the National Day week and its make-up Saturday, is Monday 13 Oct. */
    public static final Instant RESULT_AT = at("2025-09-29");
    public static final LocalDate RESULT_DUE = LocalDate.of(2025, 10, 13);
    /** Friday 10 Oct 2025; an objection may come until 15 days later, Saturday 25 Oct. */
    public static final Instant DELIVERED_AT = at("2025-10-10");
    public static final LocalDate OBJECTION_DUE = LocalDate.of(2025, 10, 25);
    public static final Instant OBJECTED_AT = at("2025-10-20");
    public static final Instant RETEST_AT = at("2025-11-05");

    private SpotcheckFixtures() {
    }

    /** 10:00 China time on {@code date}. */
    public static Instant at(String date) {
        return Instant.parse(date + "T02:00:00Z");
    }

    public static SelectedListing selected(ListingKey listing, CatalogueCode product) {
        return new SelectedListing(listing, product, SELLER, PRODUCER.name(), PRODUCER.creditCode(), MODEL, Money.of("39.90"),
                2.5, List.of("价格低于同类中位价的50%"));
    }

    public static CreatePlan createPlan() {
        return new CreatePlan(PLAN, "2025年电商平台电热水壶质量监督抽查", ZHEJIANG, 2025, List.of(KETTLES, TOASTERS),
                Map.of(JD, 2, TMALL, 1), SEED, PLANNED_AT);
    }

    public static PlanCreated planCreated() {
        return new PlanCreated(PLAN, "2025年电商平台电热水壶质量监督抽查", ZHEJIANG, 2025, List.of(KETTLES, TOASTERS),
                Map.of(JD, 2, TMALL, 1), SEED, PLANNED_AT);
    }

    public static RecordPurchase recordPurchase() {
        return new RecordPurchase(SAMPLE, PLAN, SELECTED, PRODUCT, null, null, "JD-202509151234", Money.of("39.90"), true,
                "神秘买家李某", PURCHASED_AT);
    }

    public static SamplePurchased samplePurchased() {
        return new SamplePurchased(SAMPLE, PLAN, SELECTED, PRODUCT, MODEL, PRODUCER, "JD-202509151234", Money.of("39.90"),
                "神秘买家李某", PURCHASED_AT);
    }

    /** The custody steps, one a day from 16 Sep: received, unboxed and sealed before a witness, sent, at the lab. */
    public static List<Object> custody() {
        return List.of(new CustodyRecorded(SAMPLE, CustodyStep.RECEIVED, "王某", null, at("2025-09-16")),
                new CustodyRecorded(SAMPLE, CustodyStep.UNBOXED_AND_SEALED, "王某", "公证员赵某", at("2025-09-17")),
                new CustodyRecorded(SAMPLE, CustodyStep.SENT_TO_LAB, "王某", null, at("2025-09-18")),
                new CustodyRecorded(SAMPLE, CustodyStep.RECEIVED_BY_LAB, "检验员陈某", null, at("2025-09-19")));
    }

    public static LabResultRecorded labResult(boolean conforming) {
        return new LabResultRecorded(SAMPLE, PLAN, LISTING, JD, KETTLES, LAB, conforming, conforming ? List.of() : FAILED,
                RESULT_AT, RESULT_DUE);
    }

    public static ResultDelivered resultDelivered() {
        return new ResultDelivered(SAMPLE, DELIVERED_AT, OBJECTION_DUE);
    }

    public static ObjectionFiled objectionFiled() {
        return new ObjectionFiled(SAMPLE, SELLER.name(), "检验样品运输中受损", OBJECTED_AT);
    }

    public static List<Object> purchased() {
        return List.of(samplePurchased());
    }

    public static List<Object> atLab() {
        List<Object> events = new ArrayList<>(purchased());
        events.addAll(custody());
        return events;
    }

    public static List<Object> resultRecorded(boolean conforming) {
        return with(atLab(), labResult(conforming));
    }

    public static List<Object> delivered(boolean conforming) {
        return with(resultRecorded(conforming), resultDelivered());
    }

    public static List<Object> objected() {
        return with(delivered(false), objectionFiled());
    }

    public static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }
}
