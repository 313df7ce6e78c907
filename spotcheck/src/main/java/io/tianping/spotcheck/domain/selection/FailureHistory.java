package io.tianping.spotcheck.domain.selection;

/**
 * Past spot-check results of a producer or a platform: batches sampled and batches that failed.
 */
public record FailureHistory(int sampled, int failed) {

    public static final FailureHistory NONE = new FailureHistory(0, 0);

    public FailureHistory {
        if (sampled < 0 || failed < 0 || failed > sampled) {
            throw new IllegalArgumentException(
                    "failure history needs 0 <= failed <= sampled, got %d failed of %d".formatted(failed, sampled));
        }
    }

    /** Share of sampled batches that failed, 0 when nothing was sampled. */
    public double rate() {
        return sampled == 0 ? 0 : (double) failed / sampled;
    }
}
