package io.tianping.spotcheck.domain.selection;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.spotcheck.api.SelectedListing;
import io.tianping.verification.api.ListingKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.tianping.spotcheck.domain.selection.SelectionFixtures.CABLES;
import static io.tianping.spotcheck.domain.selection.SelectionFixtures.JD;
import static io.tianping.spotcheck.domain.selection.SelectionFixtures.KETTLES;
import static io.tianping.spotcheck.domain.selection.SelectionFixtures.KETTLE_PRICES;
import static io.tianping.spotcheck.domain.selection.SelectionFixtures.PRODUCER;
import static io.tianping.spotcheck.domain.selection.SelectionFixtures.TMALL;
import static io.tianping.spotcheck.domain.selection.SelectionFixtures.cable;
import static io.tianping.spotcheck.domain.selection.SelectionFixtures.kettle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SelectionPolicyTest {

    private final SelectionPolicy policy = new SelectionPolicy();
    private final Map<PlatformId, Integer> quotas = Map.of(TMALL, 5, JD, 3);
    private final Map<CreditCode, FailureHistory> producers = Map.of(PRODUCER, new FailureHistory(5, 2));
    private final Map<PlatformId, FailureHistory> platforms = Map.of(JD, new FailureHistory(40, 6));

    /** 30 kettles and 10 cables on tmall, 20 kettles on jd, one seller each, prices 33.00 to 150.00. */
    private static List<Candidate> market() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            candidates.add(kettle(TMALL, "t" + i, i, "%d.00".formatted(33 + 4 * i)));
            candidates.add(i < 20 ? kettle(JD, "j" + i, 100 + i, "%d.00".formatted(150 - 5 * i)) : cable(TMALL, "c" + i, 200 + i));
        }
        return candidates;
    }

    private List<SelectedListing> draw(List<Candidate> candidates, Set<CatalogueCode> products, long seed) {
        return policy.draw(quotas, products, candidates, Map.of(KETTLES, KETTLE_PRICES), producers, platforms, seed);
    }

    @Test
    void sameCandidatesAndSeedGiveTheSameDrawWhateverTheirOrder() {
        List<Candidate> shuffled = new ArrayList<>(market());
        Collections.shuffle(shuffled, new Random(7));

        List<SelectedListing> first = draw(market(), Set.of(KETTLES), 2024);

        assertThat(draw(market(), Set.of(KETTLES), 2024)).isEqualTo(first);
        assertThat(draw(shuffled, Set.of(KETTLES), 2024)).isEqualTo(first);
    }

    @Test
    void differentSeedsGiveDifferentDraws() {
        Set<Set<ListingKey>> draws = new HashSet<>();
        for (long seed = 1; seed <= 10; seed++) {
            draws.add(keys(draw(market(), Set.of(KETTLES), seed)));
        }
        assertThat(draws).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void drawsEachPlatformsQuotaAndNoMore() {
        List<SelectedListing> drawn = draw(market(), Set.of(KETTLES), 1);

        assertThat(drawn).filteredOn(s -> s.listing().platform().equals(TMALL)).hasSize(5);
        assertThat(drawn).filteredOn(s -> s.listing().platform().equals(JD)).hasSize(3);
        assertThat(policy.draw(Map.of(TMALL, 100), Set.of(KETTLES), market(), Map.of(), Map.of(), Map.of(), 1))
                .as("fewer candidates than the quota: all of them").hasSize(30);
        assertThat(policy.draw(Map.of(TMALL, 0), Set.of(KETTLES), market(), Map.of(), Map.of(), Map.of(), 1))
                .as("a platform without a quota gives nothing").isEmpty();
    }

    @Test
    void neverDrawsProductsOutsideThePlanOrPlatformsWithoutQuota() {
        Map<PlatformId, Integer> tmallOnly = Map.of(TMALL, 35);
        List<SelectedListing> drawn = policy.draw(tmallOnly, Set.of(CABLES), market(), Map.of(), Map.of(), Map.of(), 3);

        assertThat(drawn).hasSize(10).allSatisfy(s -> {
            assertThat(s.catalogueCode()).isEqualTo(CABLES);
            assertThat(s.listing().platform()).isEqualTo(TMALL);
        });
    }

    @Test
    void drawsAtMostOneListingPerSellerOnAPlatform() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            candidates.add(kettle(TMALL, "big-shop-" + i, 1, "43.00"));
        }
        candidates.add(kettle(TMALL, "small-a", 2, "129.00"));
        candidates.add(kettle(TMALL, "small-b", 3, "129.00"));

        for (long seed = 0; seed < 50; seed++) {
            List<SelectedListing> drawn = policy.draw(Map.of(TMALL, 3), Set.of(KETTLES), candidates,
                    Map.of(KETTLES, KETTLE_PRICES), Map.of(), Map.of(), seed);
            assertThat(drawn).extracting(s -> s.seller().creditCode()).doesNotHaveDuplicates().hasSize(3);
        }
    }

    // One listing at 43.00 (a third of the 129.00 median, weight 3) among nine at the median (weight 1), quota 1:
    // expected shares 3/12 and 1/12 per seed, a ratio of 3.
    @Test
    void drawsAListingPricedFarBelowTheMedianMoreOften() {
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(kettle(TMALL, "cheap", 0, "43.00"));
        for (int i = 1; i < 10; i++) {
            candidates.add(kettle(TMALL, "median-" + i, i, "129.00"));
        }
        long cheap = 0;
        long median = 0;
        for (long seed = 0; seed < 2000; seed++) {
            String drawn = policy.draw(Map.of(TMALL, 1), Set.of(KETTLES), candidates, Map.of(KETTLES, KETTLE_PRICES),
                    Map.of(), Map.of(), seed).getFirst().listing().listingId();
            cheap += drawn.equals("cheap") ? 1 : 0;
            median += drawn.equals("median-1") ? 1 : 0;
        }
        assertThat(cheap).isGreaterThanOrEqualTo(2 * median).isBetween(400L, 600L);
    }

    @Test
    void saysWhyEachListingWasChosen() {
        List<SelectedListing> drawn = draw(market(), Set.of(KETTLES), 11);

        assertThat(drawn).allSatisfy(s -> assertThat(s.reasons()).isNotEmpty());
        SelectedListing cheapest = policy.draw(Map.of(TMALL, 1), Set.of(KETTLES), List.of(kettle(TMALL, "t0", 0, "43.00")),
                Map.of(KETTLES, KETTLE_PRICES), producers, Map.of(), 1).getFirst();
        assertThat(cheapest.weight()).isEqualTo(3 * 2.6, within(1e-9));
        assertThat(cheapest.reasons()).containsExactly(
                "价格 43.00 元，为同类中位价 129.00 元的 33% / price 43.00 is 33% of the category median 129.00",
                "生产者 浙江某电器有限公司 既往抽查 5 批次不合格 2 批次 / producer 浙江某电器有限公司 failed 2 of 5 past spot-check batches");
        SelectedListing plain = policy.draw(Map.of(TMALL, 1), Set.of(CABLES), List.of(cable(TMALL, "c1", 9)),
                Map.of(), Map.of(), Map.of(), 1).getFirst();
        assertThat(plain.weight()).isEqualTo(1.0);
        assertThat(plain.reasons()).containsExactly("随机抽取 / random draw");
    }

    @Test
    void aListingOfAMuchComplainedAboutModelCarriesTheClusterAsAReason() {
        var complaints = new ComplaintHistory(Map.of(ComplaintHistory.key(KETTLES, "KX-100"), 7), 90);
        SelectedListing drawn = policy.draw(Map.of(TMALL, 1), Set.of(KETTLES), List.of(kettle(TMALL, "t0", 0, "129.00")),
                Map.of(KETTLES, KETTLE_PRICES), Map.of(), Map.of(), complaints, 1).getFirst();
        assertThat(drawn.weight()).isCloseTo(2.4, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(drawn.reasons()).containsExactly(
                "投诉集中：90 天内 7 起消费投诉涉及 0717 KX-100 / COMPLAINT_CLUSTER: 7 complaints about 0717 KX-100 in 90 days");
    }

    @Test
    void refusesANegativeQuotaAndTheSameListingTwice() {
        assertThatThrownBy(() -> policy.draw(Map.of(TMALL, -1), Set.of(KETTLES), market(), Map.of(), Map.of(), Map.of(), 1))
                .hasMessageContaining("quota of tmall");
        List<Candidate> twice = List.of(kettle(TMALL, "t1", 1, "99.00"), kettle(TMALL, "t1", 2, "89.00"));
        assertThatThrownBy(() -> policy.draw(Map.of(TMALL, 1), Set.of(KETTLES), twice, Map.of(), Map.of(), Map.of(), 1))
                .hasMessageContaining("tmall:t1 appears twice");
    }

    private static Set<ListingKey> keys(List<SelectedListing> drawn) {
        Set<ListingKey> keys = new HashSet<>();
        drawn.forEach(s -> keys.add(s.listing()));
        return keys;
    }
}
