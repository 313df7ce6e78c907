package io.tianping.spotcheck.domain.selection;

import java.util.ArrayList;
import java.util.List;

/**
 * How risk signals raise a listing's chance of being drawn. The weight starts at 1 (a plain random draw) and is
 * multiplied by one factor per signal; each factor above 1 adds a reason.
 * <ul>
 *   <li>Price: a price under {@code belowMedianShare} (default 0.5) of the category median, from a range of at least
 *       {@code minPriceObservations} (default 5) prices, multiplies by
 *       {@code 1 + priceFactor × (belowMedianShare − price/median) / belowMedianShare} (default {@code priceFactor}
 *       6): 1 at half the median, 3 at a third, at most {@code 1 + priceFactor} at price 0.</li>
 *   <li>Producer: past failure rate r of the listing's producer multiplies by {@code 1 + producerFactor × r}
 *       (default 4), only once the producer has been sampled at least once.</li>
 *   <li>Platform: the platform's past failure rate r multiplies by {@code 1 + platformFactor × r} (default 2).</li>
 *   <li>Complaint clusters (domain.md "concentrated complaints", from odr): n ≥ {@link #CLUSTER} complaints about the
 *       listing's catalogue code and model in the window multiply by
 *       {@code 1 + complaintFactor × min(n, }{@link #CLUSTER_CAP}{@code ) / }{@link #CLUSTER_CAP} (default 2: 7
 *       complaints give 2.4, 10 or more give 3).</li>
 * </ul>
 */
public record RiskWeights(double belowMedianShare, int minPriceObservations, double priceFactor,
                          double producerFactor, double platformFactor, double complaintFactor) {

    public static final RiskWeights DEFAULTS = new RiskWeights(0.5, 5, 6, 4, 2, 2);
    /** Complaints about one model that make a cluster. */
    public static final int CLUSTER = 3;
    /** Complaints beyond which a cluster weighs no more. */
    public static final int CLUSTER_CAP = 10;

    /** These weights with the default complaint factor, 2. */
    public RiskWeights(double belowMedianShare, int minPriceObservations, double priceFactor, double producerFactor,
                       double platformFactor) {
        this(belowMedianShare, minPriceObservations, priceFactor, producerFactor, platformFactor, 2);
    }

    public RiskWeights {
        if (!(belowMedianShare > 0 && belowMedianShare <= 1)) {
            throw new IllegalArgumentException("belowMedianShare must be in (0, 1], got " + belowMedianShare);
        }
        if (minPriceObservations < 1) {
            throw new IllegalArgumentException("minPriceObservations must be at least 1, got " + minPriceObservations);
        }
        if (!(priceFactor >= 0 && producerFactor >= 0 && platformFactor >= 0 && complaintFactor >= 0)
                || Double.isInfinite(priceFactor + producerFactor + platformFactor + complaintFactor)) {
            throw new IllegalArgumentException("risk factors must be finite and >= 0, got price %s, producer %s, platform %s"
                    .formatted(priceFactor, producerFactor, platformFactor));
        }
    }

    /**
     * @param priceRangeOrNull the reasonable range of the candidate's category, null when there is none
     * @param producer         the producer's past results ({@link FailureHistory#NONE} when unknown)
     * @param platform         the platform's past results ({@link FailureHistory#NONE} when unknown)
     */
    public Risk assess(Candidate candidate, PriceRange priceRangeOrNull, FailureHistory producer, FailureHistory platform) {
        return assess(candidate, priceRangeOrNull, producer, platform, ComplaintHistory.NONE);
    }

    /** As above, with the complaints about the candidate's model ({@link ComplaintHistory#NONE} when unknown). */
    public Risk assess(Candidate candidate, PriceRange priceRangeOrNull, FailureHistory producer, FailureHistory platform,
                       ComplaintHistory complaints) {
        double weight = 1;
        List<String> reasons = new ArrayList<>(3);
        double price = priceMultiplier(candidate, priceRangeOrNull);
        if (price > 1) {
            weight *= price;
            reasons.add(Reasons.price(candidate.price(), priceRangeOrNull.median()));
        }
        if (producer.sampled() >= 1 && producer.failed() >= 1 && producerFactor > 0) {
            weight *= 1 + producerFactor * producer.rate();
            reasons.add(Reasons.producer(producerName(candidate), producer));
        }
        if (platform.failed() >= 1 && platformFactor > 0) {
            weight *= 1 + platformFactor * platform.rate();
            reasons.add(Reasons.platform(candidate.listing().platform(), platform));
        }
        int complained = complaints.of(candidate);
        if (complained >= CLUSTER && complaintFactor > 0) {
            weight *= 1 + complaintFactor * Math.min(complained, CLUSTER_CAP) / CLUSTER_CAP;
            reasons.add(Reasons.complaints(candidate, complained, complaints.windowDays()));
        }
        if (reasons.isEmpty()) {
            reasons.add(Reasons.RANDOM);
        }
        return new Risk(weight, reasons);
    }

    private double priceMultiplier(Candidate candidate, PriceRange range) {
        if (range == null || range.observations() < minPriceObservations) {
            return 1;
        }
        if (!range.code().equals(candidate.catalogueCode())) {
            throw new IllegalArgumentException("price range of %s does not apply to %s, a listing of %s"
                    .formatted(range.code(), candidate.listing(), candidate.catalogueCode()));
        }
        double share = candidate.price().amount().doubleValue() / range.median().amount().doubleValue();
        if (share >= belowMedianShare) {
            return 1;
        }
        return 1 + priceFactor * (belowMedianShare - share) / belowMedianShare;
    }

    private static String producerName(Candidate candidate) {
        if (candidate.producerName() != null && !candidate.producerName().isBlank()) {
            return candidate.producerName().strip();
        }
        return candidate.producerCreditCode() == null ? "?" : candidate.producerCreditCode().value();
    }
}
