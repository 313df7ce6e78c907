package io.tianping.spotcheck.domain.ranking;

import io.tianping.sharedkernel.PlatformId;

/**
 * A platform's place in the ranking (1 = fewest failures for its mix of products); see {@link PlatformRanking}
 * for the formulas.
 *
 * @param rate             failed / sampled
 * @param wilsonLow        lower end of the Wilson 95% interval of the rate
 * @param wilsonHigh       upper end of it
 * @param expectedFailures failures expected had each of its products failed at that product's overall rate
 * @param adjustedRate     the rate adjusted for its mix of products, the ranking key
 */
public record PlatformRank(int position, PlatformId platform, int sampled, int failed, double rate,
                           double wilsonLow, double wilsonHigh, double expectedFailures, double adjustedRate) {
}
