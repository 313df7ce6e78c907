package io.tianping.spotcheck.domain;

import io.tianping.spotcheck.api.SampleCommand.AskProducerToConfirm;
import io.tianping.spotcheck.api.SampleCommand.NotifySeller;
import io.tianping.spotcheck.api.SampleCommand.RecordProducerAnswer;
import io.tianping.spotcheck.api.SampleEvent.CounterfeitSuspected;
import io.tianping.spotcheck.api.SampleEvent.ProducerAskedToConfirm;
import io.tianping.spotcheck.api.SampleEvent.ProducerConfirmed;
import io.tianping.spotcheck.api.SampleEvent.ProducerDenied;
import io.tianping.spotcheck.api.SampleEvent.SellerNotified;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.tianping.spotcheck.SpotcheckFixtures.*;

class NoticeTest {

    private static final Instant NOTIFIED_AT = at("2025-09-22");
    private static final Instant ASKED_AT = at("2025-09-22");
    private static final Instant ANSWERED_AT = at("2025-09-26");

    private AggregateTestFixture<Sample> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Sample.class);
    }

    @Nested
    class Seller {

        @Test
        void notifiesTheSellerThroughItsPlatform() {
            fixture.given(atLab())
                    .when(new NotifySeller(SAMPLE, NOTIFIED_AT))
                    .expectEvents(new SellerNotified(SAMPLE, SELLER, JD, NOTIFIED_AT));
        }

        @Test
        void notifiesTheSellerOnce() {
            fixture.given(with(atLab(), new SellerNotified(SAMPLE, SELLER, JD, NOTIFIED_AT)))
                    .when(new NotifySeller(SAMPLE, NOTIFIED_AT.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("the seller of sample %s was already notified at %s".formatted(SAMPLE, NOTIFIED_AT));
        }
    }

    @Nested
    class AskProducer {

        @Test
        void asksTheLabelledProducerToConfirmTheProductIsTheirs() {
            fixture.given(atLab())
                    .when(new AskProducerToConfirm(SAMPLE, ASKED_AT))
                    .expectEvents(new ProducerAskedToConfirm(SAMPLE, PRODUCER, ASKED_AT));
        }

        @Test
        void asksOnce() {
            fixture.given(with(atLab(), new ProducerAskedToConfirm(SAMPLE, PRODUCER, ASKED_AT)))
                    .when(new AskProducerToConfirm(SAMPLE, ASKED_AT.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("the producer of sample %s was already asked to confirm at %s".formatted(SAMPLE, ASKED_AT));
        }
    }

    @Nested
    class ProducerAnswer {

        @Test
        void recordsThatTheProducerConfirmsTheProduct() {
            fixture.given(with(atLab(), new ProducerAskedToConfirm(SAMPLE, PRODUCER, ASKED_AT)))
                    .when(new RecordProducerAnswer(SAMPLE, true, "确认为本公司产品", ANSWERED_AT))
                    .expectEvents(new ProducerConfirmed(SAMPLE, PRODUCER, "确认为本公司产品", ANSWERED_AT));
        }

        @Test
        void notOursRaisesACounterfeitForTheProducersAndTheSellersRegions() {
            fixture.given(with(atLab(), new ProducerAskedToConfirm(SAMPLE, PRODUCER, ASKED_AT)))
                    .when(new RecordProducerAnswer(SAMPLE, false, "本公司未生产该型号", ANSWERED_AT))
                    .expectEvents(new ProducerDenied(SAMPLE, PRODUCER, "本公司未生产该型号", ANSWERED_AT),
                            new CounterfeitSuspected(SAMPLE, PLAN, LISTING, JD, KETTLES, PRODUCT, MODEL, SELLER, HANGZHOU,
                                    PRODUCER, NINGBO, "本公司未生产该型号", ANSWERED_AT));
        }

        @Test
        void refusesAnAnswerBeforeTheProducerWasAsked() {
            fixture.given(atLab())
                    .when(new RecordProducerAnswer(SAMPLE, true, "", ANSWERED_AT))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("the producer of sample %s was not asked to confirm the product yet".formatted(SAMPLE));
        }

        @Test
        void refusesASecondAnswer() {
            fixture.given(with(atLab(), new ProducerAskedToConfirm(SAMPLE, PRODUCER, ASKED_AT),
                            new ProducerConfirmed(SAMPLE, PRODUCER, "", ANSWERED_AT)))
                    .when(new RecordProducerAnswer(SAMPLE, false, "改口", ANSWERED_AT.plusSeconds(3600)))
                    .expectNoEvents()
                    .expectException(SpotcheckRuleViolated.class)
                    .expectExceptionMessage("the producer of sample %s already answered at %s".formatted(SAMPLE, ANSWERED_AT));
        }
    }
}
