package io.tianping.spotcheck.domain;

import io.tianping.spotcheck.api.SampleClock;
import io.tianping.spotcheck.api.SampleCommand.DeliverResult;
import io.tianping.spotcheck.api.SampleCommand.RecordLabResult;
import io.tianping.spotcheck.api.SampleEvent.ResultDelivered;
import io.tianping.spotcheck.api.SampleEvent.SampleDeadlineMissed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.tianping.spotcheck.SpotcheckFixtures.*;

class ResultTest {

    private AggregateTestFixture<Sample> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Sample.class);
    }

    @Nested
    class LabResult {

        @Test
        void recordsAFailureDueToTheSeller5WorkingDaysLaterPastTheHoliday() {
            fixture.given(atLab())
                    .when(new RecordLabResult(SAMPLE, LAB, false, FAILED, RESULT_AT))
                    .expectEvents(labResult(false));
        }

        @Test
        void recordsAConformingResult() {
            fixture.given(atLab())
                    .when(new RecordLabResult(SAMPLE, LAB, true, List.of(), RESULT_AT))
                    .expectEvents(labResult(true));
        }

        @Test
        void refusesAResultBeforeTheLabReceivedTheSample() {
            fixture.given(with(purchased(), custody().subList(0, 3).toArray()))
                    .when(new RecordLabResult(SAMPLE, LAB, true, List.of(), RESULT_AT))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("the lab has not received sample %s yet (last custody step: SENT_TO_LAB); record RECEIVED_BY_LAB first"
                            .formatted(SAMPLE));
        }

        @Test
        void refusesASecondResult() {
            fixture.given(resultRecorded(false))
                    .when(new RecordLabResult(SAMPLE, LAB, true, List.of(), RESULT_AT.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("the lab result of sample %s was already recorded at %s".formatted(SAMPLE, RESULT_AT));
        }

        @Test
        void refusesAResultDatedBeforeTheLabReceivedTheSample() {
            Instant early = at("2025-09-18");
            fixture.given(atLab())
                    .when(new RecordLabResult(SAMPLE, LAB, true, List.of(), early))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("sample %s: %s comes before the lab received it at %s".formatted(SAMPLE, early, at("2025-09-19")));
        }
    }

    @Nested
    class Deliver {

        @Test
        void deliversTheResultOpening15DaysToObject() {
            fixture.given(resultRecorded(false))
                    .when(new DeliverResult(SAMPLE, DELIVERED_AT))
                    .expectEvents(resultDelivered());
        }

        @Test
        void deliversOnTheLastOfThe5WorkingDaysWithoutAMiss() {
            Instant lastDay = at("2025-10-13");
            fixture.given(resultRecorded(false))
                    .when(new DeliverResult(SAMPLE, lastDay))
                    .expectEvents(new ResultDelivered(SAMPLE, lastDay, LocalDate.of(2025, 10, 28)));
        }

        @Test
        void aLateDeliveryIsRecordedMissedFirst() {
            Instant late = at("2025-10-14");
            fixture.given(resultRecorded(false))
                    .when(new DeliverResult(SAMPLE, late))
                    .expectEvents(new SampleDeadlineMissed(SAMPLE, SampleClock.RESULT_TO_SELLER, RESULT_DUE, late),
                            new ResultDelivered(SAMPLE, late, LocalDate.of(2025, 10, 29)));
        }

        @Test
        void aMissAlreadyReportedIsNotReportedAgain() {
            Instant late = at("2025-10-16");
            fixture.given(with(resultRecorded(false),
                            new SampleDeadlineMissed(SAMPLE, SampleClock.RESULT_TO_SELLER, RESULT_DUE, at("2025-10-14"))))
                    .when(new DeliverResult(SAMPLE, late))
                    .expectEvents(new ResultDelivered(SAMPLE, late, LocalDate.of(2025, 10, 31)));
        }

        @Test
        void refusesToDeliverBeforeThereIsAResult() {
            fixture.given(atLab())
                    .when(new DeliverResult(SAMPLE, DELIVERED_AT))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("sample %s has no lab result to deliver yet".formatted(SAMPLE));
        }

        @Test
        void refusesToDeliverTwice() {
            fixture.given(delivered(false))
                    .when(new DeliverResult(SAMPLE, DELIVERED_AT.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("the result of sample %s was already delivered at %s".formatted(SAMPLE, DELIVERED_AT));
        }
    }
}
