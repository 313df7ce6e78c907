package io.tianping.spotcheck.domain.selection;

import java.util.List;

/**
 * How much more likely a listing is to be drawn than a plain random pick ({@code weight} 1), and why, each reason
 * in Chinese then English.
 */
public record Risk(double weight, List<String> reasons) {

    public Risk {
        if (!(weight >= 1) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("risk weight must be a finite number >= 1, got " + weight);
        }
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a risk needs at least one reason");
        }
    }
}
