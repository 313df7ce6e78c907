package io.tianping.spotcheck.domain;

import io.tianping.sharedkernel.Money;
import io.tianping.spotcheck.api.CustodyStep;
import io.tianping.spotcheck.api.SampleCommand.RecordCustody;
import io.tianping.spotcheck.api.SampleCommand.RecordPurchase;
import io.tianping.spotcheck.api.SampleEvent.CustodyRecorded;
import io.tianping.spotcheck.api.SampleEvent.SamplePurchased;
import io.tianping.spotcheck.api.SelectedListing;
import io.tianping.spotcheck.api.SampleStage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.tianping.spotcheck.SpotcheckFixtures.*;
import static io.tianping.spotcheck.api.CustodyStep.*;
import static org.assertj.core.api.Assertions.assertThat;

class PurchaseTest {

    private AggregateTestFixture<Sample> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Sample.class);
    }

    @Nested
    class Purchase {

        @Test
        void recordsThePurchaseOfTheSelectedListing() {
            fixture.givenNoPriorActivity()
                    .when(recordPurchase())
                    .expectEvents(samplePurchased())
                    .expectState(sample -> {
                        assertThat(sample.state().stage()).isEqualTo(SampleStage.PURCHASED);
                        assertThat(sample.state().purchase().producer()).isEqualTo(PRODUCER);
                    });
        }

        @Test
        void theLabelNamesTheProducerAndModelWhereTheListingNamesNone() {
            SelectedListing bare = new SelectedListing(LISTING, KETTLES, SELLER, null, null, null, Money.of("39.90"), 1, List.of());
            fixture.givenNoPriorActivity()
                    .when(new RecordPurchase(SAMPLE, PLAN, bare, PRODUCT, "TP-1712A", PRODUCER, "JD-1", Money.of("39.90"), true, "李某",
                            PURCHASED_AT))
                    .expectEvents(new SamplePurchased(SAMPLE, PLAN, bare, PRODUCT, "TP-1712A", PRODUCER, "JD-1", Money.of("39.90"), "李某",
                            PURCHASED_AT));
        }

        @Test
        void recordingTheSamePurchaseAgainChangesNothing() {
            fixture.given(samplePurchased())
                    .when(recordPurchase())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesASampleBoughtWithoutABackup() {
            fixture.givenNoPriorActivity()
                    .when(new RecordPurchase(SAMPLE, PLAN, SELECTED, PRODUCT, null, null, "JD-1", Money.of("39.90"), false, "神秘买家李某",
                            PURCHASED_AT))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("sample %s of jd:100012345678 must be bought with a backup: a retest after an objection needs it"
                            .formatted(SAMPLE));
        }
    }

    @Nested
    class Custody {

        @Test
        void recordsEachStepInOrderUpToTheLab() {
            List<Object> steps = custody();
            for (int done = 0; done < steps.size(); done++) {
                CustodyRecorded next = (CustodyRecorded) steps.get(done);
                fixture.given(with(purchased(), steps.subList(0, done).toArray()))
                        .when(new RecordCustody(SAMPLE, next.step(), next.by(), next.witness(), next.at()))
                        .expectEvents(next);
            }
        }

        @Test
        void theSampleIsAtTheLabOnceTheLabReceivedIt() {
            fixture.given(with(purchased(), custody().subList(0, 3).toArray()))
                    .when(new RecordCustody(SAMPLE, RECEIVED_BY_LAB, "检验员陈某", null, at("2025-09-19")))
                    .expectState(sample -> {
                        assertThat(sample.state().stage()).isEqualTo(SampleStage.AT_LAB);
                        assertThat(sample.state().custody()).extracting(SampleState.Custody::step).containsExactly(CustodyStep.values());
                    });
        }

        @Test
        void keepsTheWitnessOfTheUnboxing() {
            fixture.given(with(purchased(), custody().getFirst()))
                    .when(new RecordCustody(SAMPLE, UNBOXED_AND_SEALED, "王某", " 公证员赵某 ", at("2025-09-17")))
                    .expectEvents(new CustodyRecorded(SAMPLE, UNBOXED_AND_SEALED, "王某", "公证员赵某", at("2025-09-17")));
        }

        @Test
        void refusesAStepOutOfOrder() {
            fixture.given(purchased())
                    .when(new RecordCustody(SAMPLE, SENT_TO_LAB, "王某", null, at("2025-09-16")))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("sample %s needs custody step RECEIVED next, not SENT_TO_LAB".formatted(SAMPLE));
        }

        @Test
        void refusesAStepTwice() {
            fixture.given(with(purchased(), custody().getFirst()))
                    .when(new RecordCustody(SAMPLE, RECEIVED, "王某", null, at("2025-09-17")))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("custody step RECEIVED of sample %s was already recorded".formatted(SAMPLE));
        }

        @Test
        void refusesAStepBeforeThePreviousOne() {
            Instant beforePurchase = at("2025-09-14");
            fixture.given(purchased())
                    .when(new RecordCustody(SAMPLE, CustodyStep.RECEIVED, "王某", null, beforePurchase))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("sample %s: %s comes before the previous step at %s".formatted(SAMPLE, beforePurchase, PURCHASED_AT));
        }
    }
}
