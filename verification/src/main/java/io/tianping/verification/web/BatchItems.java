package io.tianping.verification.web;

import io.tianping.sharedkernel.InputCheck;
import java.util.List;

/** The {@code items} of a batch request: how many one call may hold. */
final class BatchItems {

    private BatchItems() {
    }

    /** Notes a problem on {@code items} unless it holds 1 to {@code max} of them ({@code noun}: what they are). */
    static void requireCount(InputCheck check, List<?> items, int max, String noun) {
        if (items == null || items.isEmpty()) {
            check.problem("items", "must hold 1 to %d %s".formatted(max, noun));
        } else if (items.size() > max) {
            check.problem("items", "holds %d %s; at most %d are accepted per call".formatted(items.size(), noun, max));
        }
    }
}
