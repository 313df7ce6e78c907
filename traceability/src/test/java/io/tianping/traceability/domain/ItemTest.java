package io.tianping.traceability.domain;

import static io.tianping.traceability.domain.ProductTest.AT;
import static io.tianping.traceability.domain.ProductTest.GTIN;
import static io.tianping.traceability.domain.ProductTest.MAKER;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.traceability.api.CloneReason;
import io.tianping.traceability.api.ItemCommand.SuspectClone;
import io.tianping.traceability.api.ItemEvent.CloneSuspected;
import io.tianping.traceability.api.ItemId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class ItemTest {

    private static final ItemId ITEM = new ItemId(GTIN, "S1");
    private final AggregateTestFixture<Item> fixture = new AggregateTestFixture<>(Item.class);

    private static SuspectClone suspect() {
        return new SuspectClone(ITEM, CloneReason.IMPOSSIBLE_TRAVEL, "杭州与乌鲁木齐 60 分钟", "电热水壶 SWF-17E", MAKER,
                new CatalogueCode("0717"), AT);
    }

    @Test
    void aFirstSuspicionIsRecorded() {
        fixture.givenNoPriorActivity().when(suspect())
                .expectEvents(new CloneSuspected(ITEM, CloneReason.IMPOSSIBLE_TRAVEL, "杭州与乌鲁木齐 60 分钟",
                        "电热水壶 SWF-17E", MAKER, new CatalogueCode("0717"), AT))
                .expectResultMessagePayload(true);
    }

    @Test
    void suspectingAgainChangesNothing() {
        fixture.given(new CloneSuspected(ITEM, CloneReason.TOO_MANY_DEVICES, "x", "p", MAKER, new CatalogueCode("0717"), AT))
                .when(suspect()).expectNoEvents().expectResultMessagePayload(false);
    }
}
