package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.DelistingReason;
import io.tianping.enforcement.api.SeriousViolationCommand.ExpireListing;
import io.tianping.enforcement.api.SeriousViolationCommand.ListSeriousViolator;
import io.tianping.enforcement.api.SeriousViolationCommand.RequestEarlyRemoval;
import io.tianping.enforcement.api.SeriousViolationEvent.PartyDelisted;
import io.tianping.enforcement.api.SeriousViolationEvent.PartyListed;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static io.tianping.enforcement.EnforcementFixtures.*;
import static org.hamcrest.Matchers.containsString;

class SeriousViolationTest {

    private static final Instant LISTED_AT = at("2025-12-01");
    private static final LocalDate EARLIEST_REMOVAL = LocalDate.of(2026, 12, 1);
    private static final LocalDate AUTOMATIC_EXIT = LocalDate.of(2028, 12, 1);
    private static final PartyListed LISTED =
            new PartyListed(SELLER, PARTY.name(), CASE, LISTED_AT, EARLIEST_REMOVAL, AUTOMATIC_EXIT);
    /** The last second of 30 November, China time: still the day before the anniversary. */
    private static final Instant LAST_SECOND_BEFORE = Instant.parse("2026-11-30T15:59:59Z");

    private AggregateTestFixture<SeriousViolation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SeriousViolation.class);
    }

    @Nested
    class Listing {

        @Test
        void listsThePartyForThreeYearsRemovableAfterOne() {
            fixture.givenNoPriorActivity()
                    .when(new ListSeriousViolator(SELLER, PARTY.name(), CASE, LISTED_AT))
                    .expectEvents(LISTED);
        }

        @Test
        void listingAgainWhileListedChangesNothing() {
            fixture.given(LISTED)
                    .when(new ListSeriousViolator(SELLER, PARTY.name(), CaseId.of("report", "ZJ-2026-0099"), at("2026-03-01")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aPartyThatLeftCanBeListedAgainByANewCase() {
            CaseId second = CaseId.of("report", "ZJ-2029-0001");
            Instant again = at("2029-01-10");
            fixture.given(LISTED, new PartyDelisted(SELLER, CASE, DelistingReason.AUTOMATIC_EXIT, null, at("2028-12-01")))
                    .when(new ListSeriousViolator(SELLER, PARTY.name(), second, again))
                    .expectEvents(new PartyListed(SELLER, PARTY.name(), second, again, LocalDate.of(2030, 1, 10), LocalDate.of(2032, 1, 10)));
        }
    }

    @Nested
    class EarlyRemoval {

        @Test
        void removesThePartyOnRequestFromTheFirstAnniversary() {
            Instant at = at("2026-12-01");
            fixture.given(LISTED)
                    .when(new RequestEarlyRemoval(SELLER, "已履行行政处罚决定并完成信用修复", at))
                    .expectEvents(new PartyDelisted(SELLER, CASE, DelistingReason.EARLY_REMOVAL, "已履行行政处罚决定并完成信用修复", at));
        }

        @Test
        void refusesRemovalWithinTheFirstYear() {
            fixture.given(LISTED)
                    .when(new RequestEarlyRemoval(SELLER, "已整改", LAST_SECOND_BEFORE))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("can ask to leave the serious-violation list from 2026-12-01"));
        }

        @Test
        void refusesRemovalOfAPartyNotListed() {
            fixture.given(LISTED, new PartyDelisted(SELLER, CASE, DelistingReason.EARLY_REMOVAL, "已整改", at("2026-12-02")))
                    .when(new RequestEarlyRemoval(SELLER, "再次申请", at("2026-12-03")))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage("party %s is not on the serious-violation list".formatted(SELLER));
        }

        @Test
        void refusesRemovalOfAPartyNeverListed() {
            fixture.givenNoPriorActivity()
                    .when(new RequestEarlyRemoval(SELLER, "申请", at("2026-12-03")))
                    .expectException(AggregateNotFoundException.class);
        }
    }

    @Nested
    class Expire {

        @Test
        void thePartyLeavesAutomaticallyAfterThreeYears() {
            Instant at = at("2028-12-01");
            fixture.given(LISTED)
                    .when(new ExpireListing(SELLER, at))
                    .expectEvents(new PartyDelisted(SELLER, CASE, DelistingReason.AUTOMATIC_EXIT, null, at));
        }

        @Test
        void expiringEarlierChangesNothing() {
            fixture.given(LISTED)
                    .when(new ExpireListing(SELLER, Instant.parse("2028-11-30T15:59:59Z")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void expiringAPartyThatAlreadyLeftChangesNothing() {
            fixture.given(LISTED, new PartyDelisted(SELLER, CASE, DelistingReason.EARLY_REMOVAL, "已整改", at("2027-01-05")))
                    .when(new ExpireListing(SELLER, at("2028-12-02")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }
}
