package io.tianping.spotcheck.domain.selection;

import io.tianping.sharedkernel.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static io.tianping.spotcheck.domain.selection.SelectionFixtures.KETTLES;
import static io.tianping.spotcheck.domain.selection.SelectionFixtures.KETTLE_PRICES;
import static io.tianping.spotcheck.domain.selection.SelectionFixtures.MEDIAN;
import static io.tianping.spotcheck.domain.selection.SelectionFixtures.TMALL;
import static io.tianping.spotcheck.domain.selection.SelectionFixtures.kettle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

class RiskWeightsTest {

    static final String RANDOM = "随机抽取 / random draw";
    static final String A_THIRD = "价格 43.00 元，为同类中位价 129.00 元的 33% / price 43.00 is 33% of the category median 129.00";
    static final String PRODUCER_2_OF_5 =
            "生产者 浙江某电器有限公司 既往抽查 5 批次不合格 2 批次 / producer 浙江某电器有限公司 failed 2 of 5 past spot-check batches";
    static final String PLATFORM_6_OF_40 = "平台 tmall 既往抽查 40 批次不合格 6 批次 / platform tmall failed 6 of 40 past spot-check batches";
    static final FailureHistory NONE = FailureHistory.NONE;

    // price multiplier 1 + 6·(0.5 − price/129)/0.5; producer 1 + 4r; platform 1 + 2r
    static Stream<Arguments> cases() {
        PriceRange fewPrices = new PriceRange(KETTLES, MEDIAN, Money.of("69.00"), Money.of("239.00"), 4);
        return Stream.of(
                argumentSet("at the median: a plain random draw", "129.00", KETTLE_PRICES, NONE, NONE, 1.0, List.of(RANDOM)),
                argumentSet("exactly half the median is not far below", "64.50", KETTLE_PRICES, NONE, NONE, 1.0, List.of(RANDOM)),
                argumentSet("a third of the median: 1 + 6·(1/6)/0.5 = 3", "43.00", KETTLE_PRICES, NONE, NONE, 3.0, List.of(A_THIRD)),
                argumentSet("a quarter of the median: 1 + 6·0.25/0.5 = 4", "32.25", KETTLE_PRICES, NONE, NONE, 4.0,
                        List.of("价格 32.25 元，为同类中位价 129.00 元的 25% / price 32.25 is 25% of the category median 129.00")),
                argumentSet("free: capped at 1 + 6 = 7", "0.00", KETTLE_PRICES, NONE, NONE, 7.0,
                        List.of("价格 0.00 元，为同类中位价 129.00 元的 0% / price 0.00 is 0% of the category median 129.00")),
                argumentSet("just under half reads 49%, never 50%", "64.49", KETTLE_PRICES, NONE, NONE, 1 + 6 * (0.5 - 64.49 / 129) / 0.5,
                        List.of("价格 64.49 元，为同类中位价 129.00 元的 49% / price 64.49 is 49% of the category median 129.00")),
                argumentSet("a range from 4 prices is not trusted", "43.00", fewPrices, NONE, NONE, 1.0, List.of(RANDOM)),
                argumentSet("no known range", "43.00", null, NONE, NONE, 1.0, List.of(RANDOM)),
                argumentSet("producer failed 2 of 5: 1 + 4·0.4 = 2.6", "129.00", KETTLE_PRICES, new FailureHistory(5, 2), NONE, 2.6,
                        List.of(PRODUCER_2_OF_5)),
                argumentSet("producer sampled, never failed", "129.00", KETTLE_PRICES, new FailureHistory(3, 0), NONE, 1.0, List.of(RANDOM)),
                argumentSet("platform failed 6 of 40: 1 + 2·0.15 = 1.3", "129.00", KETTLE_PRICES, NONE, new FailureHistory(40, 6), 1.3,
                        List.of(PLATFORM_6_OF_40)),
                argumentSet("all three: 3 × 2.6 × 1.3 = 10.14", "43.00", KETTLE_PRICES, new FailureHistory(5, 2), new FailureHistory(40, 6),
                        10.14, List.of(A_THIRD, PRODUCER_2_OF_5, PLATFORM_6_OF_40)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void weighsRiskAndSaysWhy(String price, PriceRange range, FailureHistory producer, FailureHistory platform,
                              double weight, List<String> reasons) {
        Risk risk = RiskWeights.DEFAULTS.assess(kettle(TMALL, "k1", 1, price), range, producer, platform);

        assertThat(risk.weight()).isCloseTo(weight, within(1e-9));
        assertThat(risk.reasons()).containsExactlyElementsOf(reasons);
    }

    @Test
    void aComplaintClusterAboutTheModelRaisesTheWeightAndSaysSo() {
        var seven = new ComplaintHistory(java.util.Map.of(ComplaintHistory.key(KETTLES, "kx-100"), 7), 90);

        Risk risk = RiskWeights.DEFAULTS.assess(kettle(TMALL, "k1", 1, "129.00"), KETTLE_PRICES, NONE, NONE, seven);

        assertThat(risk.weight()).as("1 + 2 × 7/10").isCloseTo(2.4, within(1e-9));
        assertThat(risk.reasons()).containsExactly(
                "投诉集中：90 天内 7 起消费投诉涉及 0717 KX-100 / COMPLAINT_CLUSTER: 7 complaints about 0717 KX-100 in 90 days");
    }

    @Test
    void fewComplaintsAreNoClusterAndManyWeighNoMoreThanTen() {
        var two = new ComplaintHistory(java.util.Map.of(ComplaintHistory.key(KETTLES, "KX-100"), 2), 90);
        var forty = new ComplaintHistory(java.util.Map.of(ComplaintHistory.key(KETTLES, "KX-100"), 40), 90);
        var other = new ComplaintHistory(java.util.Map.of(ComplaintHistory.key(KETTLES, "KX-200"), 40), 90);

        assertThat(RiskWeights.DEFAULTS.assess(kettle(TMALL, "k1", 1, "129.00"), KETTLE_PRICES, NONE, NONE, two).reasons())
                .containsExactly(RANDOM);
        assertThat(RiskWeights.DEFAULTS.assess(kettle(TMALL, "k1", 1, "129.00"), KETTLE_PRICES, NONE, NONE, forty).weight())
                .isCloseTo(3.0, within(1e-9));
        assertThat(RiskWeights.DEFAULTS.assess(kettle(TMALL, "k1", 1, "129.00"), KETTLE_PRICES, NONE, NONE, other).weight())
                .as("another model").isEqualTo(1.0);
    }

    @Test
    void factorsAreConfigurable() {
        RiskWeights gentle = new RiskWeights(0.4, 1, 2, 0, 0);

        Risk risk = gentle.assess(kettle(TMALL, "k1", 1, "25.80"), KETTLE_PRICES, new FailureHistory(5, 5), new FailureHistory(4, 4));

        assertThat(risk.weight()).isCloseTo(1 + 2 * (0.4 - 0.2) / 0.4, within(1e-9)); // 25.80 is 20% of 129.00
        assertThat(risk.reasons()).hasSize(1);
    }

    @Test
    void refusesNonsensicalSettings() {
        assertThatThrownBy(() -> new RiskWeights(0, 5, 6, 4, 2)).hasMessageContaining("belowMedianShare");
        assertThatThrownBy(() -> new RiskWeights(0.5, 5, -1, 4, 2)).hasMessageContaining("risk factors");
        assertThatThrownBy(() -> new FailureHistory(2, 3)).hasMessageContaining("3 failed of 2");
    }
}
