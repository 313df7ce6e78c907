package io.tianping.verification.domain;

import io.tianping.verification.api.TakedownReason;
import io.tianping.verification.api.TakedownCommand.AcknowledgeTakedown;
import io.tianping.verification.api.TakedownCommand.IssueTakedownNotice;
import io.tianping.verification.api.TakedownCommand.MarkTakedownOverdue;
import io.tianping.verification.api.TakedownEvent.TakedownAcknowledged;
import io.tianping.verification.api.TakedownEvent.TakedownNoticeIssued;
import io.tianping.verification.api.TakedownEvent.TakedownNoticeOverdue;
import io.tianping.verification.api.TakedownNoticeId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.tianping.verification.VerificationFixtures.KETTLE;
import static io.tianping.verification.VerificationFixtures.LISTING;
import static io.tianping.verification.VerificationFixtures.PLATFORM_A;
import static io.tianping.verification.VerificationFixtures.PLATFORM_B;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

class TakedownNoticeTest {

    private static final TakedownNoticeId ID = TakedownNoticeId.of(KETTLE, LISTING, 2);
    private static final Instant ISSUED_AT = Instant.parse("2025-06-18T02:00:00Z");
    private static final Instant DUE_BY = ISSUED_AT.plus(Duration.ofHours(24));
    private static final TakedownNoticeIssued ISSUED =
            new TakedownNoticeIssued(ID, LISTING, KETTLE, TakedownReason.SUSPENDED, ISSUED_AT, DUE_BY);
    private static final TakedownNoticeOverdue OVERDUE = new TakedownNoticeOverdue(ID, LISTING, KETTLE, DUE_BY, DUE_BY);

    private AggregateTestFixture<TakedownNotice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TakedownNotice.class);
    }

    @Nested
    class Issue {

        private final IssueTakedownNotice issue =
                new IssueTakedownNotice(ID, LISTING, KETTLE, TakedownReason.SUSPENDED, ISSUED_AT, DUE_BY);

        @Test
        void issuesNoticeToTheListingsPlatform() {
            fixture.givenNoPriorActivity().when(issue).expectEvents(ISSUED);
        }

        @Test
        void issuingTheSameNoticeAgainChangesNothing() {
            fixture.given(ISSUED).when(issue).expectSuccessfulHandlerExecution().expectNoEvents();
        }
    }

    @Nested
    class Acknowledge {

        @Test
        void acknowledgesRemovalBeforeTheDueTime() {
            Instant removedAt = ISSUED_AT.plus(Duration.ofHours(3));
            fixture.given(ISSUED)
                    .when(new AcknowledgeTakedown(ID, PLATFORM_A, removedAt))
                    .expectEvents(new TakedownAcknowledged(ID, PLATFORM_A, removedAt, false));
        }

        @Test
        void recordsRemovalAfterTheDueTimeAsLate() {
            Instant removedAt = DUE_BY.plusSeconds(1);
            fixture.given(ISSUED)
                    .when(new AcknowledgeTakedown(ID, PLATFORM_A, removedAt))
                    .expectEvents(new TakedownAcknowledged(ID, PLATFORM_A, removedAt, true));
        }

        @Test
        void acceptsAcknowledgementOfAnOverdueNoticeAndRecordsItLate() {
            Instant removedAt = DUE_BY.minusSeconds(60); // removed in time, but reported after the notice went overdue
            fixture.given(ISSUED, OVERDUE)
                    .when(new AcknowledgeTakedown(ID, PLATFORM_A, removedAt))
                    .expectEvents(new TakedownAcknowledged(ID, PLATFORM_A, removedAt, true));
        }

        @Test
        void treatsAnotherPlatformsNoticeAsNotFound() {
            fixture.given(ISSUED)
                    .when(new AcknowledgeTakedown(ID, PLATFORM_B, ISSUED_AT.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(TakedownNoticeNotFound.class)
                    .expectExceptionMessage(allOf(containsString(ID.value()), containsString(PLATFORM_B.value()),
                            not(containsString(PLATFORM_A.value()))));
        }

        @Test
        void acknowledgingTwiceChangesNothing() {
            Instant removedAt = ISSUED_AT.plus(Duration.ofHours(3));
            fixture.given(ISSUED, new TakedownAcknowledged(ID, PLATFORM_A, removedAt, false))
                    .when(new AcknowledgeTakedown(ID, PLATFORM_A, removedAt.plusSeconds(600)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class MarkOverdue {

        @Test
        void marksUnacknowledgedNoticeOverdueAtItsDueTime() {
            fixture.given(ISSUED)
                    .when(new MarkTakedownOverdue(ID, DUE_BY))
                    .expectEvents(OVERDUE);
        }

        @Test
        void marksUnacknowledgedNoticeOverdueAfterItsDueTime() {
            Instant at = DUE_BY.plus(Duration.ofMinutes(5));
            fixture.given(ISSUED)
                    .when(new MarkTakedownOverdue(ID, at))
                    .expectEvents(new TakedownNoticeOverdue(ID, LISTING, KETTLE, DUE_BY, at));
        }

        @Test
        void doesNotMarkNoticeOverdueBeforeItsDueTime() {
            fixture.given(ISSUED)
                    .when(new MarkTakedownOverdue(ID, DUE_BY.minusMillis(1)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void doesNotMarkAcknowledgedNoticeOverdue() {
            fixture.given(ISSUED, new TakedownAcknowledged(ID, PLATFORM_A, ISSUED_AT.plusSeconds(60), false))
                    .when(new MarkTakedownOverdue(ID, DUE_BY.plusSeconds(1)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void markingOverdueTwiceChangesNothing() {
            fixture.given(ISSUED, OVERDUE)
                    .when(new MarkTakedownOverdue(ID, DUE_BY.plus(Duration.ofHours(1))))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }
}
