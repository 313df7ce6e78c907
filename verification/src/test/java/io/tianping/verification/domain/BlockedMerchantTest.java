package io.tianping.verification.domain;

import static io.tianping.verification.VerificationFixtures.RESELLER;

import io.tianping.verification.api.BlockedMerchantId;
import io.tianping.verification.api.MerchantCommand.BlockMerchant;
import io.tianping.verification.api.MerchantCommand.UnblockMerchant;
import io.tianping.verification.api.MerchantEvent.MerchantBlocked;
import io.tianping.verification.api.MerchantEvent.MerchantUnblocked;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BlockedMerchantTest {

    private static final BlockedMerchantId MERCHANT = new BlockedMerchantId(RESELLER);
    private static final Instant LISTED = Instant.parse("2025-06-18T02:00:00Z");
    private static final Instant REMOVED = Instant.parse("2026-06-18T02:00:00Z");

    private AggregateTestFixture<BlockedMerchant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BlockedMerchant.class);
    }

    @Nested
    class Block {

        @Test
        void blocksAMerchantForTheFirstTime() {
            fixture.givenNoPriorActivity()
                    .when(new BlockMerchant(MERCHANT, "严重违法失信名单", "case-1", LISTED))
                    .expectEvents(new MerchantBlocked(MERCHANT, "严重违法失信名单", "case-1", LISTED));
        }

        @Test
        void blockingABlockedMerchantChangesNothing() {
            fixture.given(new MerchantBlocked(MERCHANT, "严重违法失信名单", "case-1", LISTED))
                    .when(new BlockMerchant(MERCHANT, "严重违法失信名单", "case-2", REMOVED))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void blocksAgainAfterAnUnblock() {
            fixture.given(new MerchantBlocked(MERCHANT, "名单", "case-1", LISTED), new MerchantUnblocked(MERCHANT, "移出", REMOVED))
                    .when(new BlockMerchant(MERCHANT, "再次列入", "case-3", REMOVED))
                    .expectEvents(new MerchantBlocked(MERCHANT, "再次列入", "case-3", REMOVED));
        }
    }

    @Nested
    class Unblock {

        @Test
        void unblocksABlockedMerchant() {
            fixture.given(new MerchantBlocked(MERCHANT, "名单", "case-1", LISTED))
                    .when(new UnblockMerchant(MERCHANT, "提前移出", REMOVED))
                    .expectEvents(new MerchantUnblocked(MERCHANT, "提前移出", REMOVED));
        }

        @Test
        void unblockingAnUnblockedMerchantChangesNothing() {
            fixture.given(new MerchantBlocked(MERCHANT, "名单", "case-1", LISTED), new MerchantUnblocked(MERCHANT, "移出", REMOVED))
                    .when(new UnblockMerchant(MERCHANT, "移出", REMOVED))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }
}
