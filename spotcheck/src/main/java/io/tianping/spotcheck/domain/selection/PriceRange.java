package io.tianping.spotcheck.domain.selection;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.Money;

/**
 * The reasonable price range of a product category (e.g. P10–P90 of current listings, computed elsewhere) and its
 * median, the reference a listing's price is compared with.
 *
 * @param observations how many prices the range was computed from
 */
public record PriceRange(CatalogueCode code, Money median, Money low, Money high, int observations) {

    public PriceRange {
        if (code == null) {
            throw new IllegalArgumentException("code: must not be null");
        }
        if (median == null || low == null || high == null) {
            throw new IllegalArgumentException("price range of %s needs a median, a low and a high".formatted(code));
        }
        if (median.amount().signum() <= 0) {
            throw new IllegalArgumentException("median price of %s must be above 0, got %s".formatted(code, median));
        }
        if (low.compareTo(median) > 0 || median.compareTo(high) > 0) {
            throw new IllegalArgumentException("price range of %s must have low <= median <= high, got %s <= %s <= %s"
                    .formatted(code, low, median, high));
        }
        if (observations < 1) {
            throw new IllegalArgumentException("price range of %s needs at least 1 observation, got %d"
                    .formatted(code, observations));
        }
    }
}
