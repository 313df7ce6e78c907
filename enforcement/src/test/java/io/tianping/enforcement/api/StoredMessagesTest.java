package io.tianping.enforcement.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tianping.enforcement.api.CaseEvent.*;
import io.tianping.enforcement.api.SeriousViolationEvent.PartyDelisted;
import io.tianping.enforcement.api.SeriousViolationEvent.PartyListed;
import io.tianping.sharedkernel.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.tianping.enforcement.EnforcementFixtures.*;
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
        return Stream.of(clueRaised(), caseFiled(), evidenceAdded(), assistanceRequested(), penaltyProposed(), penaltyDecided(true),
                new ClueTransferred(CASE, HANGZHOU, NANJING, "管辖", AT, ON),
                new FilingDecisionExtended(CASE, "延期", AT, ON),
                new ClueNotFiled(CASE, HANGZHOU, "不立案", AT),
                new EvidenceTransferred(CASE, E1, SHA, HANGZHOU, SHANGHAI, AT),
                new AssistanceAnswered(CASE, A1, NANJING, HANGZHOU, "已核查", List.of(EvidenceId.of("A-1.1")), AT),
                new JointCaseFormed(CASE, HANGZHOU, Set.of(SHANGHAI, NANJING), AT),
                new DecisionClockSuspended(CASE, ClockPause.HEARING, AT),
                new DecisionClockResumed(CASE, ClockPause.HEARING, AT, 3, ON),
                new DecisionDeadlineExtended(CASE, "复杂", AT, ON),
                new StatementRecorded(CASE, "", true, AT),
                new PenaltyPublished(CASE, HANGZHOU, PARTY, Money.of("0.5"), "警告", true, AT, ON),
                new CaseClosed(CASE, HANGZHOU, "结案", AT),
                new CrimeSuspected(CASE, HANGZHOU, "涉嫌犯罪", AT, ON),
                new CaseTransferredToPolice(CASE, HANGZHOU, "公安局", AT, AT.plusSeconds(3600)),
                new CaseDeadlineMissed(CASE, NANJING, CaseClock.ASSISTANCE_ANSWER, A1, ON, AT),
                new CaseDeadlineMissed(CASE, HANGZHOU, CaseClock.DECISION, null, ON, AT),
                new PartyListed(SELLER, PARTY.name(), CASE, AT, ON, ON.plusYears(2)),
                new PartyDelisted(SELLER, CASE, DelistingReason.AUTOMATIC_EXIT, null, AT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void survivesTheEventStore(Object event) throws Exception {
        String json = STORE.writeValueAsString(event);
        assertThat(STORE.readValue(json, event.getClass())).isEqualTo(event);
    }
}
