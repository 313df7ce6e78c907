package io.tianping.spotcheck.domain.selection;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.spotcheck.api.SelectedListing;
import io.tianping.verification.api.ListingKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Draws the listings a plan buys: per platform, as many as its quota, weighted by {@link RiskWeights}, without
 * replacement. Reproducible: the same inputs and seed give the same draw, whatever the order of the candidates.
 * <ul>
 *   <li>Only candidates of the plan's products on a platform with a quota take part; a platform with fewer
 *       eligible candidates than its quota gets them all.</li>
 *   <li>Weighted sampling without replacement by Efraimidis–Spirakis: candidates sorted by listing key each draw
 *       u from one {@link SplittableRandom} seeded with the seed, get the key u^(1/w) (compared as ln(u)/w, the
 *       same order without underflow), and the highest keys win.</li>
 *   <li>At most one listing per seller (by credit code) per platform, so one shop cannot fill a quota: a listing
 *       whose seller was already drawn is skipped and the next key taken, which is the same as drawing one by one
 *       and removing a drawn seller's other listings.</li>
 * </ul>
 * The result lists platforms in id order, each platform's listings in draw order.
 */
public final class SelectionPolicy {

    private static final Comparator<ListingKey> BY_KEY =
            Comparator.comparing((ListingKey key) -> key.platform().value()).thenComparing(ListingKey::listingId);

    private final RiskWeights weights;

    public SelectionPolicy(RiskWeights weights) {
        if (weights == null) {
            throw new IllegalArgumentException("weights: must not be null");
        }
        this.weights = weights;
    }

    public SelectionPolicy() {
        this(RiskWeights.DEFAULTS);
    }

    /**
     * @param quotas     listings to draw per platform
     * @param products   the plan's products; candidates of other products are never drawn
     * @param prices     reasonable price range per product, where known
     * @param producers  past results per producer credit code, where known
     * @param platforms  past results per platform, where known
     * @throws IllegalArgumentException if a quota is negative or a listing appears twice
     */
    public List<SelectedListing> draw(Map<PlatformId, Integer> quotas, Set<CatalogueCode> products,
                                      List<Candidate> candidates, Map<CatalogueCode, PriceRange> prices,
                                      Map<CreditCode, FailureHistory> producers,
                                      Map<PlatformId, FailureHistory> platforms, long seed) {
        return draw(quotas, products, candidates, prices, producers, platforms, ComplaintHistory.NONE, seed);
    }

    /** As above, weighing complaint clusters too ({@code complaints}, from odr). */
    public List<SelectedListing> draw(Map<PlatformId, Integer> quotas, Set<CatalogueCode> products,
                                      List<Candidate> candidates, Map<CatalogueCode, PriceRange> prices,
                                      Map<CreditCode, FailureHistory> producers,
                                      Map<PlatformId, FailureHistory> platforms, ComplaintHistory complaints, long seed) {
        quotas.forEach((platform, quota) -> {
            if (quota == null || quota < 0) {
                throw new IllegalArgumentException("quota of %s must be 0 or more, got %s".formatted(platform, quota));
            }
        });
        List<Candidate> eligible = candidates.stream()
                .filter(c -> quotas.getOrDefault(c.listing().platform(), 0) > 0)
                .filter(c -> products.contains(c.catalogueCode()))
                .sorted(Comparator.comparing(Candidate::listing, BY_KEY))
                .toList();
        SplittableRandom random = new SplittableRandom(seed);
        Map<PlatformId, List<Keyed>> byPlatform = new TreeMap<>(Comparator.comparing(PlatformId::value));
        ListingKey previous = null;
        for (Candidate candidate : eligible) {
            if (candidate.listing().equals(previous)) {
                throw new IllegalArgumentException("listing %s appears twice among the candidates".formatted(previous));
            }
            previous = candidate.listing();
            Risk risk = assess(candidate, prices, producers, platforms, complaints);
            double key = Math.log(random.nextDouble()) / risk.weight();
            byPlatform.computeIfAbsent(candidate.listing().platform(), p -> new ArrayList<>())
                    .add(new Keyed(candidate, risk, key));
        }
        List<SelectedListing> selected = new ArrayList<>();
        byPlatform.forEach((platform, keyed) -> selected.addAll(take(keyed, quotas.get(platform))));
        return List.copyOf(selected);
    }

    private Risk assess(Candidate candidate, Map<CatalogueCode, PriceRange> prices,
                        Map<CreditCode, FailureHistory> producers, Map<PlatformId, FailureHistory> platforms,
                        ComplaintHistory complaints) {
        FailureHistory producer = candidate.producerCreditCode() == null ? FailureHistory.NONE
                : producers.getOrDefault(candidate.producerCreditCode(), FailureHistory.NONE);
        FailureHistory platform = platforms.getOrDefault(candidate.listing().platform(), FailureHistory.NONE);
        return weights.assess(candidate, prices.get(candidate.catalogueCode()), producer, platform, complaints);
    }

    private static List<SelectedListing> take(List<Keyed> keyed, int quota) {
        List<Keyed> byKey = keyed.stream()
                .sorted(Comparator.comparingDouble(Keyed::key).reversed()
                        .thenComparing(k -> k.candidate().listing(), BY_KEY))
                .toList();
        Set<CreditCode> sellers = new HashSet<>();
        List<SelectedListing> taken = new ArrayList<>(quota);
        for (Keyed k : byKey) {
            if (taken.size() == quota) {
                break;
            }
            if (sellers.add(k.candidate().seller().creditCode())) {
                taken.add(k.selected());
            }
        }
        return taken;
    }

    private record Keyed(Candidate candidate, Risk risk, double key) {

        SelectedListing selected() {
            Candidate c = candidate;
            return new SelectedListing(c.listing(), c.catalogueCode(), c.seller(), c.producerName(),
                    c.producerCreditCode(), c.model(), c.price(), risk.weight(), risk.reasons());
        }
    }
}
