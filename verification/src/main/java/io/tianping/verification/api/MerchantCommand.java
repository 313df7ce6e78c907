package io.tianping.verification.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What other modules may ask of verification about a merchant: enforcement blocks a merchant it lists as a serious
 * violator, so every listing check for that merchant is intercepted with {@code MERCHANT_LISTED}, and unblocks it when
 * the listing ends.
 */
public sealed interface MerchantCommand {

    BlockedMerchantId id();

    /** Intercept every listing of this merchant from now on; blocking a blocked merchant changes nothing. */
    record BlockMerchant(@TargetAggregateIdentifier BlockedMerchantId id, String reason, String reference, Instant at)
            implements MerchantCommand {
        public BlockMerchant {
            if (id == null || at == null) {
                throw new IllegalArgumentException("id and at: must not be null");
            }
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason: must not be blank");
            }
        }
    }

    /** Stop intercepting the merchant's listings; unblocking a merchant that is not blocked changes nothing. */
    record UnblockMerchant(@TargetAggregateIdentifier BlockedMerchantId id, String reason, Instant at)
            implements MerchantCommand {
        public UnblockMerchant {
            if (id == null || at == null) {
                throw new IllegalArgumentException("id and at: must not be null");
            }
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason: must not be blank");
            }
        }
    }
}
