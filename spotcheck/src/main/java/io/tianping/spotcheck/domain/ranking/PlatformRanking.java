package io.tianping.spotcheck.domain.ranking;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.PlatformId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks platforms by failure rate so that a platform is not ranked worse only because it sells riskier products.
 * For a platform with n samples of which f failed:
 * <ul>
 *   <li>rate p = f / n, with the Wilson score 95% interval (z = 1.959964):
 *       centre = (p + z²/2n) / (1 + z²/n), half-width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n),
 *       interval = centre ± half-width, clamped to [0, 1];</li>
 *   <li>indirect standardisation over products (catalogue codes) c: with r_c = failed_c / sampled_c over all
 *       platforms and R = all failed / all sampled, expected E = Σ_c n_c · r_c (n_c: the platform's samples of c),
 *       adjusted rate = (f / E) · R, or 0 when E = 0 (nothing it was sampled for ever failed anywhere).</li>
 * </ul>
 * Ranked by adjusted rate ascending (best first; rates equal to 12 decimals tie), then raw rate, then platform id.
 * Platforms without samples do not appear.
 */
public final class PlatformRanking {

    static final double Z95 = 1.959964;

    private PlatformRanking() {
    }

    public static List<PlatformRank> rank(List<SampleOutcome> outcomes) {
        Map<PlatformId, Map<CatalogueCode, Tally>> byPlatform = new HashMap<>();
        Map<CatalogueCode, Tally> byProduct = new HashMap<>();
        Tally all = new Tally();
        for (SampleOutcome outcome : outcomes) {
            byPlatform.computeIfAbsent(outcome.platform(), p -> new HashMap<>())
                    .computeIfAbsent(outcome.catalogueCode(), c -> new Tally()).add(outcome.failed());
            byProduct.computeIfAbsent(outcome.catalogueCode(), c -> new Tally()).add(outcome.failed());
            all.add(outcome.failed());
        }
        List<PlatformRank> unranked = new ArrayList<>();
        byPlatform.forEach((platform, products) -> {
            int sampled = 0;
            int failed = 0;
            double expected = 0;
            for (var product : products.entrySet()) {
                sampled += product.getValue().sampled;
                failed += product.getValue().failed;
                expected += product.getValue().sampled * byProduct.get(product.getKey()).rate();
            }
            double adjusted = expected == 0 ? 0 : failed / expected * all.rate();
            Interval wilson = wilson(failed, sampled);
            unranked.add(new PlatformRank(0, platform, sampled, failed, (double) failed / sampled,
                    wilson.low(), wilson.high(), expected, adjusted));
        });
        unranked.sort(Comparator.comparingLong((PlatformRank r) -> Math.round(r.adjustedRate() * 1e12))
                .thenComparingDouble(PlatformRank::rate)
                .thenComparing(r -> r.platform().value()));
        List<PlatformRank> ranked = new ArrayList<>(unranked.size());
        for (PlatformRank r : unranked) {
            ranked.add(new PlatformRank(ranked.size() + 1, r.platform(), r.sampled(), r.failed(), r.rate(),
                    r.wilsonLow(), r.wilsonHigh(), r.expectedFailures(), r.adjustedRate()));
        }
        return List.copyOf(ranked);
    }

    /** The Wilson score interval of {@code failed} of {@code sampled} (sampled ≥ 1) at z = 1.959964. */
    static Interval wilson(int failed, int sampled) {
        double n = sampled;
        double p = failed / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        // At 0 of n and n of n the formula gives exactly 0 and 1; rounding would leave 1e-16 off.
        double low = failed == 0 ? 0 : Math.max(0, centre - half);
        double high = failed == sampled ? 1 : Math.min(1, centre + half);
        return new Interval(low, high);
    }

    record Interval(double low, double high) {
    }

    private static final class Tally {
        int sampled;
        int failed;

        void add(boolean fail) {
            sampled++;
            if (fail) {
                failed++;
            }
        }

        double rate() {
            return (double) failed / sampled;
        }
    }
}
