package io.tianping.spotcheck.domain;

import io.tianping.spotcheck.api.CustodyStep;
import io.tianping.spotcheck.api.SampleCommand;
import io.tianping.spotcheck.api.SampleCommand.*;
import io.tianping.spotcheck.api.SampleEvent.NonconformityConfirmed;
import io.tianping.spotcheck.api.SampleEvent.ObjectionFiled;
import io.tianping.spotcheck.api.SampleEvent.ResultFinal;
import io.tianping.spotcheck.api.SampleEvent.RetestResultRecorded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static io.tianping.spotcheck.SpotcheckFixtures.*;
import static org.hamcrest.Matchers.containsString;

class ObjectionTest {

    private static final String GROUNDS = "检验样品运输中受损";
    private static final Instant FINAL_AT = at("2025-10-26");

    private AggregateTestFixture<Sample> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Sample.class);
    }

    @Nested
    class Objection {

        @Test
        void takesAnObjectionWithinThe15Days() {
            fixture.given(delivered(false))
                    .when(new FileObjection(SAMPLE, SELLER.name(), GROUNDS, OBJECTED_AT))
                    .expectEvents(objectionFiled());
        }

        @Test
        void takesAnObjectionOnTheLastDay() {
            Instant lastDay = Instant.parse("2025-10-25T15:59:00Z"); // 23:59 in China
            fixture.given(delivered(false))
                    .when(new FileObjection(SAMPLE, SELLER.name(), GROUNDS, lastDay))
                    .expectEvents(new ObjectionFiled(SAMPLE, SELLER.name(), GROUNDS, lastDay));
        }

        @Test
        void refusesAnObjectionAfterThePeriodEnded() {
            fixture.given(delivered(false))
                    .when(new FileObjection(SAMPLE, SELLER.name(), GROUNDS, Instant.parse("2025-10-25T16:00:00Z")))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("the period to object to the result of sample %s ended on 2025-10-25".formatted(SAMPLE));
        }

        @Test
        void refusesAnObjectionBeforeTheResultWasDelivered() {
            fixture.given(resultRecorded(false))
                    .when(new FileObjection(SAMPLE, SELLER.name(), GROUNDS, OBJECTED_AT))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("the result of sample %s has not been delivered yet; an objection can only follow its delivery"
                            .formatted(SAMPLE));
        }

        @Test
        void refusesASecondObjection() {
            fixture.given(objected())
                    .when(new FileObjection(SAMPLE, PRODUCER.name(), "另有异议", OBJECTED_AT.plusSeconds(3600)))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("an objection to sample %s was already filed at %s; its backup is being retested"
                            .formatted(SAMPLE, OBJECTED_AT));
        }
    }

    @Nested
    class Retest {

        @Test
        void aRetestThatConfirmsTheFailureMakesItFinalAndConfirmed() {
            fixture.given(objected())
                    .when(new RecordRetestResult(SAMPLE, LAB, false, FAILED, RETEST_AT))
                    .expectEvents(new RetestResultRecorded(SAMPLE, PLAN, LISTING, JD, KETTLES, LAB, false, FAILED, false, RETEST_AT),
                            new ResultFinal(SAMPLE, PLAN, LISTING, JD, KETTLES, false, FAILED, true, RETEST_AT),
                            new NonconformityConfirmed(SAMPLE, PLAN, LISTING, JD, KETTLES, PRODUCT, MODEL, SELLER, HANGZHOU,
                                    PRODUCER, NINGBO, FAILED, RETEST_AT));
        }

        @Test
        void aRetestThatConformsReversesTheResultWithNoNonconformity() {
            fixture.given(objected())
                    .when(new RecordRetestResult(SAMPLE, "国家家用电器质量检验检测中心", true, List.of(), RETEST_AT))
                    .expectEvents(new RetestResultRecorded(SAMPLE, PLAN, LISTING, JD, KETTLES, "国家家用电器质量检验检测中心", true,
                                    List.of(), true, RETEST_AT),
                            new ResultFinal(SAMPLE, PLAN, LISTING, JD, KETTLES, true, List.of(), true, RETEST_AT));
        }

        @Test
        void refusesARetestWithoutAnObjection() {
            fixture.given(delivered(false))
                    .when(new RecordRetestResult(SAMPLE, LAB, false, FAILED, RETEST_AT))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("no objection was filed against the result of sample %s; only an objection leads to a retest"
                            .formatted(SAMPLE));
        }
    }

    static Stream<SampleCommand> commandsAfterFinal() {
        return Stream.of(new RecordCustody(SAMPLE, CustodyStep.RECEIVED, "王某", null, FINAL_AT),
                new NotifySeller(SAMPLE, FINAL_AT),
                new AskProducerToConfirm(SAMPLE, FINAL_AT),
                new RecordLabResult(SAMPLE, LAB, true, List.of(), FINAL_AT),
                new DeliverResult(SAMPLE, FINAL_AT),
                new FileObjection(SAMPLE, SELLER.name(), GROUNDS, FINAL_AT),
                new RecordRetestResult(SAMPLE, LAB, true, List.of(), FINAL_AT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsAfterFinal")
    void refusesAnythingAfterTheResultIsFinal(SampleCommand command) {
        fixture.given(with(delivered(false), new ResultFinal(SAMPLE, PLAN, LISTING, JD, KETTLES, false, FAILED, false, FINAL_AT)))
                .when(command)
                .expectNoEvents()
                .expectException(SpotcheckRuleViolated.class)
                .expectExceptionMessage(containsString("the result of sample %s is final since %s; it cannot".formatted(SAMPLE, FINAL_AT)));
    }

    @Test
    void checkingTheClocksOfAFinalSampleChangesNothing() {
        fixture.given(with(delivered(false), new ResultFinal(SAMPLE, PLAN, LISTING, JD, KETTLES, false, FAILED, false, FINAL_AT)))
                .when(new CheckSampleClocks(SAMPLE, at("2026-01-01")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
