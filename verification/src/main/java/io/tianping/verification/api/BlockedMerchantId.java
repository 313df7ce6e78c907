package io.tianping.verification.api;

import io.tianping.sharedkernel.CreditCode;

/**
 * The id of a merchant's block, by its credit code. Prefixed, because aggregate ids share one event store and other
 * modules key their own aggregates by credit code too.
 */
public record BlockedMerchantId(CreditCode creditCode) {

    private static final String PREFIX = "blocked-merchant:";

    public BlockedMerchantId {
        if (creditCode == null) {
            throw new IllegalArgumentException("creditCode: must not be null");
        }
    }

    @Override
    public String toString() {
        return PREFIX + creditCode.value();
    }
}
