package io.tianping.spotcheck.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tianping.sharedkernel.Money;
import io.tianping.spotcheck.api.PlanEvent.SelectionRecorded;
import io.tianping.spotcheck.api.SampleEvent.*;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static io.tianping.spotcheck.SpotcheckFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Every event comes back unchanged from JSON written the way the app's event store writes it (Jackson 2). */
class StoredMessagesTest {

    private static final ObjectMapper STORE = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Instant AT = at("2025-11-05");
    private static final LocalDate ON = LocalDate.of(2025, 11, 20);

    static Stream<Object> events() {
        return Stream.of(planCreated(), new SelectionRecorded(PLAN, List.of(SELECTED), AT),
                samplePurchased(), custody().get(1), labResult(false), resultDelivered(), objectionFiled(),
                new SellerNotified(SAMPLE, SELLER, JD, AT),
                new ProducerAskedToConfirm(SAMPLE, PRODUCER, AT),
                new ProducerConfirmed(SAMPLE, PRODUCER, "", AT),
                new ProducerDenied(SAMPLE, PRODUCER, "非本公司产品", AT),
                new CounterfeitSuspected(SAMPLE, PLAN, LISTING, JD, KETTLES, PRODUCT, MODEL, SELLER, HANGZHOU, PRODUCER, NINGBO, "", AT),
                new RetestResultRecorded(SAMPLE, PLAN, LISTING, JD, KETTLES, LAB, true, List.of(), true, AT),
                new ResultFinal(SAMPLE, PLAN, LISTING, JD, KETTLES, false, FAILED, false, AT),
                new NonconformityConfirmed(SAMPLE, PLAN, LISTING, JD, KETTLES, PRODUCT, MODEL, SELLER, HANGZHOU, PRODUCER, NINGBO,
                        FAILED, AT),
                new SampleDeadlineMissed(SAMPLE, SampleClock.RESULT_TO_SELLER, ON, AT),
                new SamplePurchased(SAMPLE, PLAN, new SelectedListing(LISTING, KETTLES, SELLER, null, null, null, Money.of("0.5"), 1,
                        List.of()), PRODUCT, MODEL, PRODUCER, "JD-1", Money.of("0.5"), "李某", AT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void survivesTheEventStore(Object event) throws Exception {
        String json = STORE.writeValueAsString(event);
        assertThat(STORE.readValue(json, event.getClass())).isEqualTo(event);
    }
}
