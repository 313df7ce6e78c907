package io.tianping.spotcheck.domain;

import io.tianping.spotcheck.api.PlanCommand.RecordSelection;
import io.tianping.spotcheck.api.PlanEvent.SelectionRecorded;
import io.tianping.spotcheck.api.SelectedListing;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.verification.api.ListingKey;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.tianping.spotcheck.SpotcheckFixtures.*;

class PlanTest {

    private static final Instant SELECTED_AT = at("2025-09-05");

    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    private static SelectedListing on(PlatformId platform, String id) {
        return selected(new ListingKey(platform, id), KETTLES);
    }

    @Nested
    class Create {

        @Test
        void createsThePlanWithItsProductsQuotasAndSeed() {
            fixture.givenNoPriorActivity()
                    .when(createPlan())
                    .expectEvents(planCreated());
        }

        @Test
        void refusesToCreateAPlanThatExists() {
            fixture.given(planCreated())
                    .when(createPlan())
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("plan %s already exists".formatted(PLAN));
        }
    }

    @Nested
    class Select {

        @Test
        void recordsTheSelectedListingsWithTheirWeightsAndReasons() {
            List<SelectedListing> picked = List.of(on(JD, "1001"), on(JD, "1002"), on(TMALL, "2001"));
            fixture.given(planCreated())
                    .when(new RecordSelection(PLAN, picked, SELECTED_AT))
                    .expectEvents(new SelectionRecorded(PLAN, picked, SELECTED_AT));
        }

        @Test
        void refusesASecondSelection() {
            List<SelectedListing> picked = List.of(on(JD, "1001"));
            fixture.given(planCreated(), new SelectionRecorded(PLAN, picked, SELECTED_AT))
                    .when(new RecordSelection(PLAN, List.of(on(JD, "1002")), SELECTED_AT.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("plan %s already has its selection, recorded at %s".formatted(PLAN, SELECTED_AT));
        }

        @Test
        void refusesAListingOfAProductThePlanDoesNotSample() {
            SelectedListing helmet = selected(new ListingKey(JD, "1003"), CatalogueCode.of("1611"));
            fixture.given(planCreated())
                    .when(new RecordSelection(PLAN, List.of(helmet), SELECTED_AT))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("listing jd:1003 is of product 1611, which plan %s does not sample (it samples [0717, 0708])"
                            .formatted(PLAN));
        }

        @Test
        void refusesAListingOnAPlatformWithoutQuota() {
            fixture.given(planCreated())
                    .when(new RecordSelection(PLAN, List.of(on(PlatformId.of("pinduoduo"), "3001")), SELECTED_AT))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("listing pinduoduo:3001 is on platform pinduoduo, which plan %s has no quota for"
                            .formatted(PLAN));
        }

        @Test
        void refusesMoreListingsOnAPlatformThanItsQuota() {
            fixture.given(planCreated())
                    .when(new RecordSelection(PLAN, List.of(on(TMALL, "2001"), on(TMALL, "2002")), SELECTED_AT))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("the selection has 2 listings on tmall, over plan %s's quota of 1".formatted(PLAN));
        }
    }
}
