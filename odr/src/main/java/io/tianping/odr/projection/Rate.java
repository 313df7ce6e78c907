package io.tianping.odr.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A rate with what it is made of, so a reader can check it and add rates up correctly.
 *
 * @param numerator   the complaints counted in
 * @param denominator the complaints it is out of (each rate's documentation names them)
 * @param value       numerator / denominator to 4 decimals; null when the denominator is 0
 */
public record Rate(long numerator, long denominator, @Nullable BigDecimal value) {

    public static Rate of(long numerator, long denominator) {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a rate needs 0 <= numerator <= denominator, got %d/%d".formatted(numerator, denominator));
        }
        return new Rate(numerator, denominator, denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP));
    }

    /** True when there is a value and it is below {@code threshold}. */
    public boolean below(double threshold) {
        return value != null && value.doubleValue() < threshold;
    }
}
