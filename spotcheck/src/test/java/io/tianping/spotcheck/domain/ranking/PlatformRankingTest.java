package io.tianping.spotcheck.domain.ranking;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.PlatformId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Expected figures are worked by hand below, with z = 1.959964, z² = 3.841459.
 * Wilson: d = 1 + z²/n, centre = (p + z²/2n)/d, half = z·√(p(1−p)/n + z²/4n²)/d.
 */
class PlatformRankingTest {

    static final PlatformId A = PlatformId.of("tmall");
    static final PlatformId B = PlatformId.of("jd");
    static final PlatformId C = PlatformId.of("pdd");
    static final CatalogueCode KETTLES = CatalogueCode.of("0717"); // risky
    static final CatalogueCode CABLES = CatalogueCode.of("0101");  // safe

    // 3 of 20:  p = 0.15, z²/n = 0.192073, d = 1.192073, centre = (0.15 + 0.096036)/d = 0.206394,
    //           √(0.006375 + 0.002401) = 0.093680, ×z = 0.183609, half = 0.154025 → [0.0524, 0.3604]
    // 1 of 10:  p = 0.1, z²/n = 0.384146, d = 1.384146, centre = 0.292073/d = 0.211013,
    //           √(0.009 + 0.009604) = 0.136395, ×z = 0.267330, half = 0.193137 → [0.0179, 0.4042]
    // 4 of 10:  centre = 0.592073/1.384146 = 0.427753, √(0.024 + 0.009604) = 0.183313, ×z = 0.359287,
    //           half = 0.259573 → [0.1682, 0.6873]
    // 0 of 10:  centre = 0.192073/1.384146 = 0.138766 = half (√(z²/4n²) = z/2n) → [0, 0.2775]
    // 10 of 10: the mirror of 0 of 10 → [1 − 0.2775, 1] = [0.7225, 1]
    @ParameterizedTest(name = "{0} failed of {1}: rate {2}, Wilson [{3}, {4}]")
    @CsvSource({
            "3, 20, 0.15, 0.0524, 0.3604",
            "1, 10, 0.10, 0.0179, 0.4042",
            "4, 10, 0.40, 0.1682, 0.6873",
            "0, 10, 0.00, 0.0000, 0.2775",
            "10, 10, 1.00, 0.7225, 1.0000"})
    void givesTheRateAndItsWilsonInterval(int failed, int sampled, double rate, double low, double high) {
        PlatformRank rank = PlatformRanking.rank(samples(A, KETTLES, sampled, failed)).getFirst();

        assertThat(rank.sampled()).isEqualTo(sampled);
        assertThat(rank.failed()).isEqualTo(failed);
        assertThat(rank.rate()).isCloseTo(rate, within(1e-12));
        assertThat(rank.wilsonLow()).isCloseTo(low, within(5e-5));
        assertThat(rank.wilsonHigh()).isCloseTo(high, within(5e-5));
    }

    // A sells only kettles, 6 of 20 failed; B only cables, 2 of 20 failed.
    // Kettle rate 6/20 = 0.30, cable rate 2/20 = 0.10, overall 8/40 = 0.20.
    // A: expected 20 × 0.30 = 6, adjusted 6/6 × 0.20 = 0.20.  B: expected 20 × 0.10 = 2, adjusted 2/2 × 0.20 = 0.20.
    // Wilson 6/20: centre 0.396036/1.192073 = 0.332225, half z·√(0.0105 + 0.002401)/d = 0.186748 → [0.1455, 0.5190];
    // 2/20: centre 0.196036/1.192073 = 0.164450, half z·√(0.0045 + 0.002401)/d = 0.136584 → [0.0279, 0.3010].
    @Test
    void doesNotRankAPlatformWorseOnlyBecauseItSellsARiskierProduct() {
        List<SampleOutcome> outcomes = new ArrayList<>(samples(A, KETTLES, 20, 6));
        outcomes.addAll(samples(B, CABLES, 20, 2));

        List<PlatformRank> ranking = PlatformRanking.rank(outcomes);

        assertThat(ranking).extracting(PlatformRank::platform).containsExactly(B, A); // equal adjusted: raw rate decides
        PlatformRank b = ranking.get(0);
        PlatformRank a = ranking.get(1);
        assertThat(a.rate()).isGreaterThan(b.rate());
        assertThat(a.adjustedRate()).isCloseTo(0.20, within(1e-12));
        assertThat(b.adjustedRate()).isCloseTo(0.20, within(1e-12));
        assertThat(a.expectedFailures()).isCloseTo(6, within(1e-12));
        assertThat(b.expectedFailures()).isCloseTo(2, within(1e-12));
        assertThat(new double[] {a.wilsonLow(), a.wilsonHigh()}).containsExactly(new double[] {0.1455, 0.5190}, within(5e-5));
        assertThat(new double[] {b.wilsonLow(), b.wilsonHigh()}).containsExactly(new double[] {0.0279, 0.3010}, within(5e-5));
    }

    // A: 10 kettles, 4 failed.  B: 10 cables, 1 failed.  C: 10 kettles, 2 failed + 10 cables, 1 failed.
    // Kettle rate 6/20 = 0.30, cable rate 2/20 = 0.10, overall 8/40 = 0.20.
    // A: rate 0.40, expected 10 × 0.30 = 3, adjusted 4/3 × 0.20 = 0.266667
    // B: rate 0.10, expected 10 × 0.10 = 1, adjusted 1/1 × 0.20 = 0.200000
    // C: rate 0.15, expected 3 + 1 = 4,      adjusted 3/4 × 0.20 = 0.150000
    // Raw rates would give B, C, A; for what each sells C fails least: C, B, A.
    @Test
    void ranksByTheRateAdjustedForTheMixOfProducts() {
        List<SampleOutcome> outcomes = new ArrayList<>(samples(A, KETTLES, 10, 4));
        outcomes.addAll(samples(B, CABLES, 10, 1));
        outcomes.addAll(samples(C, KETTLES, 10, 2));
        outcomes.addAll(samples(C, CABLES, 10, 1));

        List<PlatformRank> ranking = PlatformRanking.rank(outcomes);

        assertThat(ranking).extracting(PlatformRank::position, PlatformRank::platform, PlatformRank::sampled, PlatformRank::failed)
                .containsExactly(
                        tuple(1, C, 20, 3),
                        tuple(2, B, 10, 1),
                        tuple(3, A, 10, 4));
        assertThat(ranking.stream().mapToDouble(PlatformRank::expectedFailures).toArray())
                .containsExactly(new double[] {4, 1, 3}, within(1e-12));
        assertThat(ranking.get(0).adjustedRate()).isCloseTo(0.15, within(1e-12));
        assertThat(ranking.get(1).adjustedRate()).isCloseTo(0.20, within(1e-12));
        assertThat(ranking.get(2).adjustedRate()).isCloseTo(4.0 / 15, within(1e-12));
        assertThat(ranking.get(0).wilsonLow()).isCloseTo(0.0524, within(5e-5));
        assertThat(ranking.get(2).wilsonHigh()).isCloseTo(0.6873, within(5e-5));
    }

    // A: 0 of 10 cables, and no cable failed anywhere → expected 0 → adjusted 0 by definition.
    // B: 10 of 10 kettles → kettle rate 1, expected 10, adjusted 10/10 × overall (10/20 = 0.5) = 0.5.
    @Test
    void handlesNoneFailedAndAllFailed() {
        List<SampleOutcome> outcomes = new ArrayList<>(samples(A, CABLES, 10, 0));
        outcomes.addAll(samples(B, KETTLES, 10, 10));

        List<PlatformRank> ranking = PlatformRanking.rank(outcomes);

        assertThat(ranking).extracting(PlatformRank::platform).containsExactly(A, B);
        PlatformRank none = ranking.get(0);
        PlatformRank all = ranking.get(1);
        assertThat(none.rate()).isZero();
        assertThat(none.expectedFailures()).isZero();
        assertThat(none.adjustedRate()).isZero();
        assertThat(none.wilsonLow()).isZero();
        assertThat(none.wilsonHigh()).isCloseTo(0.2775, within(5e-5));
        assertThat(all.rate()).isEqualTo(1.0);
        assertThat(all.expectedFailures()).isCloseTo(10, within(1e-12));
        assertThat(all.adjustedRate()).isCloseTo(0.5, within(1e-12));
        assertThat(all.wilsonLow()).isCloseTo(0.7225, within(5e-5));
        assertThat(all.wilsonHigh()).isEqualTo(1.0);
    }

    @Test
    void leavesOutPlatformsWithoutSamples() {
        List<SampleOutcome> outcomes = new ArrayList<>(samples(A, KETTLES, 5, 1));
        outcomes.addAll(samples(C, KETTLES, 5, 2));

        assertThat(PlatformRanking.rank(outcomes)).extracting(PlatformRank::platform).containsExactly(A, C);
        assertThat(PlatformRanking.rank(List.of())).isEmpty();
    }

    // Identical results: adjusted and raw rates tie, the platform id decides (jd before tmall).
    @Test
    void breaksFullTiesByPlatformId() {
        List<SampleOutcome> outcomes = new ArrayList<>(samples(A, KETTLES, 10, 3));
        outcomes.addAll(samples(B, KETTLES, 10, 3));

        assertThat(PlatformRanking.rank(outcomes)).extracting(PlatformRank::position, PlatformRank::platform)
                .containsExactly(tuple(1, B), tuple(2, A));
    }

    /** {@code sampled} outcomes of one platform and product, the first {@code failed} of them failed. */
    static List<SampleOutcome> samples(PlatformId platform, CatalogueCode product, int sampled, int failed) {
        List<SampleOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < sampled; i++) {
            outcomes.add(new SampleOutcome(platform, product, i < failed));
        }
        return outcomes;
    }
}
