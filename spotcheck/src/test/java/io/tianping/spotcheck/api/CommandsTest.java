package io.tianping.spotcheck.api;

import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.spotcheck.api.PlanCommand.CreatePlan;
import io.tianping.spotcheck.api.PlanCommand.RecordSelection;
import io.tianping.spotcheck.api.SampleCommand.RecordCustody;
import io.tianping.spotcheck.api.SampleCommand.RecordLabResult;
import io.tianping.spotcheck.api.SampleCommand.RecordPurchase;
import io.tianping.spotcheck.api.SampleCommand.RecordRetestResult;
import io.tianping.verification.api.ListingKey;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.tianping.spotcheck.SpotcheckFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Malformed commands are rejected before they reach an aggregate, with a message that starts with the field. */
class CommandsTest {

    private static final Instant AT = at("2025-09-01");
    private static final SelectedListing BARE = new SelectedListing(LISTING, KETTLES, SELLER, null, null, " ", Money.of("39.90"), 1,
            List.of("随机抽取 / random draw"));

    static Stream<Arguments> malformed() {
        Map<PlatformId, Integer> zeroQuota = Map.of(JD, 0);
        return Stream.of(
                arguments("year", (ThrowingCallable) () -> new CreatePlan(PLAN, "抽查", ZHEJIANG, 1999, List.of(KETTLES), Map.of(JD, 1), 1, AT),
                        "year: must be between 2000 and 2100, got 1999"),
                arguments("no products", (ThrowingCallable) () -> new CreatePlan(PLAN, "抽查", ZHEJIANG, 2025, List.of(), Map.of(JD, 1), 1, AT),
                        "products: a plan needs at least one product, and no null one"),
                arguments("a product twice", (ThrowingCallable) () -> new CreatePlan(PLAN, "抽查", ZHEJIANG, 2025, List.of(KETTLES, KETTLES),
                        Map.of(JD, 1), 1, AT), "products: each product may be named once, got [0717, 0717]"),
                arguments("no quotas", (ThrowingCallable) () -> new CreatePlan(PLAN, "抽查", ZHEJIANG, 2025, List.of(KETTLES), Map.of(), 1, AT),
                        "quotas: a plan needs a quota for at least one platform, and no null platform"),
                arguments("a quota of 0", (ThrowingCallable) () -> new CreatePlan(PLAN, "抽查", ZHEJIANG, 2025, List.of(KETTLES), zeroQuota, 1, AT),
                        "quotas: jd has a quota of 0, must be at least 1"),
                arguments("a blank plan name", (ThrowingCallable) () -> new CreatePlan(PLAN, " ", ZHEJIANG, 2025, List.of(KETTLES), Map.of(JD, 1), 1, AT),
                        "name: must not be blank"),
                arguments("an empty selection", (ThrowingCallable) () -> new RecordSelection(PLAN, List.of(), AT),
                        "selected: a selection needs at least one listing, and no null one"),
                arguments("a listing selected twice", (ThrowingCallable) () -> new RecordSelection(PLAN, List.of(SELECTED, SELECTED), AT),
                        "selected: each listing may be selected once"),
                arguments("a sample id not of the plan and listing", (ThrowingCallable) () -> new RecordPurchase(SampleId.of(PLAN,
                        new ListingKey(JD, "other")), PLAN, SELECTED, PRODUCT, null, null, "JD-1", Money.of("39.90"), true, "李某", AT),
                        "sampleId: the sample of jd:100012345678 in plan %s is %s, got %s".formatted(PLAN, SAMPLE,
                                SampleId.of(PLAN, new ListingKey(JD, "other")))),
                arguments("no order", (ThrowingCallable) () -> new RecordPurchase(SAMPLE, PLAN, SELECTED, PRODUCT, null, null, "", Money.of("39.90"), true, "李某", AT),
                        "orderRef: must not be blank"),
                arguments("no producer on the listing nor given", (ThrowingCallable) () -> new RecordPurchase(SAMPLE, PLAN, BARE, PRODUCT,
                        "TP-1712", null, "JD-1", Money.of("39.90"), true, "李某", AT),
                        "producer: the listing names no producer with a credit code; give the one on the label"),
                arguments("no model on the listing nor given", (ThrowingCallable) () -> new RecordPurchase(SAMPLE, PLAN, BARE, PRODUCT,
                        null, PRODUCER, "JD-1", Money.of("39.90"), true, "李某", AT), "model: must not be blank"),
                arguments("an unwitnessed unboxing", (ThrowingCallable) () -> new RecordCustody(SAMPLE, CustodyStep.UNBOXED_AND_SEALED, "王某", " ", AT),
                        "witness: the unboxing and sealing must be witnessed; name the witness"),
                arguments("a failure without failed items", (ThrowingCallable) () -> new RecordLabResult(SAMPLE, LAB, false, List.of(), AT),
                        "failedItems: a nonconforming result needs at least one failed item"),
                arguments("a pass with failed items", (ThrowingCallable) () -> new RecordRetestResult(SAMPLE, LAB, true, FAILED, AT),
                        "failedItems: a conforming result has no failed items, got 1"),
                arguments("a failed item without a standard", (ThrowingCallable) () -> new FailedItem("泄漏电流", "", "≤0.75 mA", "1.20 mA"),
                        "standard: must not be blank"),
                arguments("a negative weight", (ThrowingCallable) () -> new SelectedListing(LISTING, KETTLES, SELLER, PRODUCER.name(),
                        PRODUCER.creditCode(), MODEL, Money.of("1"), -1, List.of()), "weight: must be a finite number, not negative, got -1.0"),
                arguments("a blank reason", (ThrowingCallable) () -> new SelectedListing(LISTING, KETTLES, SELLER, PRODUCER.name(),
                        PRODUCER.creditCode(), MODEL, Money.of("1"), 1, List.of(" ")), "reasons: must not contain a blank reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejects(String what, ThrowingCallable command, String message) {
        assertThatIllegalArgumentException().isThrownBy(command).withMessage(message);
    }

    @Test
    void quotasAreKeptInPlatformOrder() {
        Map<PlatformId, Integer> quotas = new HashMap<>(Map.of(TMALL, 1, JD, 2, PlatformId.of("douyin"), 3));
        CreatePlan plan = new CreatePlan(PLAN, "抽查", ZHEJIANG, 2025, List.of(KETTLES), quotas, 1, AT);
        assertThat(plan.quotas().keySet()).extracting(PlatformId::value).containsExactly("douyin", "jd", "tmall");
        assertThat(plan.quotas()).isEqualTo(quotas);
    }

    @Test
    void aWitnessIsOptionalForOtherSteps() {
        assertThat(new RecordCustody(SAMPLE, CustodyStep.RECEIVED, "王某", " ", AT).witness()).isNull();
    }
}
