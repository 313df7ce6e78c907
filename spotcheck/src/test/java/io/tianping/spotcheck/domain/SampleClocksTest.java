package io.tianping.spotcheck.domain;

import io.tianping.spotcheck.api.SampleClock;
import io.tianping.spotcheck.api.SampleCommand.CheckSampleClocks;
import io.tianping.spotcheck.api.SampleEvent.NonconformityConfirmed;
import io.tianping.spotcheck.api.SampleEvent.ResultFinal;
import io.tianping.spotcheck.api.SampleEvent.SampleDeadlineMissed;
import io.tianping.spotcheck.api.SampleStage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.tianping.spotcheck.SpotcheckFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class SampleClocksTest {

    private AggregateTestFixture<Sample> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Sample.class);
    }

    @Nested
    class Policy {

        @ParameterizedTest(name = "a result recorded {0} is due to the seller by {1}")
        @CsvSource({
                "2025-09-29T02:00:00Z, 2025-10-13", // Mon before National Day: 30 Sep, 9, 10, 11 (make-up Sat), 13 Oct
                "2025-11-03T02:00:00Z, 2025-11-10", // an ordinary week
                "2025-11-02T17:00:00Z, 2025-11-10", // 01:00 Monday in China, still Sunday in UTC
                "2025-12-29T02:00:00Z, 2026-01-06", // over New Year: 30, 31 Dec, 4 Jan (make-up Sun), 5, 6 Jan
        })
        void resultToSellerIs5WorkingDays(Instant recordedAt, LocalDate due) {
            assertThat(SampleClocks.resultToSellerDue(recordedAt)).isEqualTo(due);
        }

        @ParameterizedTest(name = "a result delivered {0} may be objected to until {1}")
        @CsvSource({
                "2025-10-10T02:00:00Z, 2025-10-25",
                "2025-10-09T16:30:00Z, 2025-10-25", // 00:30 on 10 Oct in China
                "2025-09-30T02:00:00Z, 2025-10-15", // calendar days: the holiday week counts
        })
        void objectionIs15CalendarDays(Instant deliveredAt, LocalDate due) {
            assertThat(SampleClocks.objectionDue(deliveredAt)).isEqualTo(due);
        }

        @Test
        void aPeriodIsPastOnlyFromTheDayAfterItsLastDayInChina() {
            LocalDate due = LocalDate.of(2025, 10, 25);
            assertThat(SampleClocks.isPast(due, Instant.parse("2025-10-25T15:59:59Z"))).isFalse();
            assertThat(SampleClocks.isPast(due, Instant.parse("2025-10-25T16:00:00Z"))).isTrue();
        }
    }

    @Nested
    class Check {

        @Test
        void nothingHappensWhileTheObjectionPeriodRuns() {
            fixture.given(delivered(false))
                    .when(new CheckSampleClocks(SAMPLE, Instant.parse("2025-10-25T15:59:00Z")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aFailureNobodyObjectedToBecomesFinalAndConfirmed() {
            Instant now = at("2025-10-26");
            fixture.given(delivered(false))
                    .when(new CheckSampleClocks(SAMPLE, now))
                    .expectEvents(new ResultFinal(SAMPLE, PLAN, LISTING, JD, KETTLES, false, FAILED, false, now),
                            new NonconformityConfirmed(SAMPLE, PLAN, LISTING, JD, KETTLES, PRODUCT, MODEL, SELLER, HANGZHOU,
                                    PRODUCER, NINGBO, FAILED, now))
                    .expectState(sample -> assertThat(sample.state().stage()).isEqualTo(SampleStage.FINAL));
        }

        @Test
        void aConformingResultBecomesFinalWithoutANonconformity() {
            Instant now = at("2025-10-26");
            fixture.given(delivered(true))
                    .when(new CheckSampleClocks(SAMPLE, now))
                    .expectEvents(new ResultFinal(SAMPLE, PLAN, LISTING, JD, KETTLES, true, List.of(), false, now));
        }

        @Test
        void anObjectionStopsTheResultBecomingFinalUntilTheRetest() {
            fixture.given(objected())
                    .when(new CheckSampleClocks(SAMPLE, at("2025-12-01")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void nothingIsDueBeforeTheLabResult() {
            fixture.given(atLab())
                    .when(new CheckSampleClocks(SAMPLE, at("2026-01-01")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aResultNotDeliveredOnTheLastWorkingDayIsNotYetMissed() {
            fixture.given(resultRecorded(false))
                    .when(new CheckSampleClocks(SAMPLE, Instant.parse("2025-10-13T15:59:00Z")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aResultNotDeliveredWithin5WorkingDaysIsMissedOnce() {
            Instant now = at("2025-10-14");
            SampleDeadlineMissed missed = new SampleDeadlineMissed(SAMPLE, SampleClock.RESULT_TO_SELLER, RESULT_DUE, now);
            fixture.given(resultRecorded(false))
                    .when(new CheckSampleClocks(SAMPLE, now))
                    .expectEvents(missed)
                    .expectState(sample -> assertThat(sample.state().resultDeliveryMissed()).isTrue());
            fixture.given(with(resultRecorded(false), missed))
                    .when(new CheckSampleClocks(SAMPLE, at("2025-10-20")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }
}
