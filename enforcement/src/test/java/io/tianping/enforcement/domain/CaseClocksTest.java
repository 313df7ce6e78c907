package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.CaseCommand.CheckCaseClocks;
import io.tianping.enforcement.api.CaseEvent.AssistanceAnswered;
import io.tianping.enforcement.api.CaseEvent.CaseClosed;
import io.tianping.enforcement.api.CaseEvent.CaseDeadlineMissed;
import io.tianping.enforcement.api.CaseEvent.ClueTransferred;
import io.tianping.enforcement.api.CaseEvent.CrimeSuspected;
import io.tianping.enforcement.api.CaseEvent.DecisionClockResumed;
import io.tianping.enforcement.api.CaseEvent.DecisionClockSuspended;
import io.tianping.enforcement.api.CaseEvent.DecisionDeadlineExtended;
import io.tianping.enforcement.api.CaseEvent.FilingDecisionExtended;
import io.tianping.enforcement.api.CaseEvent.PenaltyPublished;
import io.tianping.enforcement.api.CaseEvent.StatementRecorded;
import io.tianping.enforcement.api.ClockPause;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.tianping.enforcement.EnforcementFixtures.*;
import static io.tianping.enforcement.api.CaseClock.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each legal clock: met, moved (extension, suspension, transfer) and missed, as a periodic {@code CheckCaseClocks} sees
 * it. Misses come in the order the clocks started.
 */
class CaseClocksTest {

    /** The first minute after the day {@code dueOn}, China time. */
    private static Instant dayAfter(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(LegalClocks.CHINA).toInstant();
    }

    /** The last second of {@code dueOn}, China time. */
    private static Instant lastSecondOf(LocalDate dueOn) {
        return dayAfter(dueOn).minusSeconds(1);
    }

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    private void expectNothingMissed(List<Object> history, Instant now) {
        fixture.given(history).when(new CheckCaseClocks(CASE, now)).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Nested
    class Filing {

        @Test
        void isMetUntilTheEndOfItsLastDay() {
            expectNothingMissed(clue(), lastSecondOf(FILING_DUE));
        }

        @Test
        void isMissedTheDayAfter() {
            Instant now = dayAfter(FILING_DUE);
            fixture.given(clue())
                    .when(new CheckCaseClocks(CASE, now))
                    .expectEvents(new CaseDeadlineMissed(CASE, HANGZHOU, FILING_DECISION, null, FILING_DUE, now))
                    .expectState(c -> assertThat(c.state().deadline(FILING_DECISION, null).orElseThrow().isOverdue()).isTrue());
        }

        @Test
        void isReportedOnlyOnce() {
            expectNothingMissed(with(clue(), new CaseDeadlineMissed(CASE, HANGZHOU, FILING_DECISION, null, FILING_DUE, dayAfter(FILING_DUE))),
                    dayAfter(FILING_DUE).plusSeconds(86_400));
        }

        @Test
        void anExtensionMovesTheDueDate() {
            List<Object> extended = with(clue(), new FilingDecisionExtended(CASE, "调取数据", at("2025-10-27"), FILING_DUE_EXTENDED));
            expectNothingMissed(extended, dayAfter(FILING_DUE));
            Instant now = dayAfter(FILING_DUE_EXTENDED);
            fixture.given(extended)
                    .when(new CheckCaseClocks(CASE, now))
                    .expectEvents(new CaseDeadlineMissed(CASE, HANGZHOU, FILING_DECISION, null, FILING_DUE_EXTENDED, now));
        }

        @Test
        void aTransferRestartsItForTheNewRegion() {
            LocalDate due = LocalDate.of(2025, 11, 13);
            List<Object> transferred = with(clue(), new ClueTransferred(CASE, HANGZHOU, NANJING, "管辖", at("2025-10-23"), due));
            expectNothingMissed(transferred, dayAfter(FILING_DUE));
            Instant now = dayAfter(due);
            fixture.given(transferred)
                    .when(new CheckCaseClocks(CASE, now))
                    .expectEvents(new CaseDeadlineMissed(CASE, NANJING, FILING_DECISION, null, due, now));
        }

        @Test
        void stopsOnceTheCaseIsFiled() {
            expectNothingMissed(filed(), dayAfter(FILING_DUE));
        }
    }

    @Nested
    class Statement {

        @Test
        void isMissedWhenThePartySaysNothingWithin5WorkingDays() {
            Instant now = dayAfter(STATEMENT_DUE);
            fixture.given(penaltyProposedHistory())
                    .when(new CheckCaseClocks(CASE, now))
                    .expectEvents(new CaseDeadlineMissed(CASE, HANGZHOU, STATEMENT, null, STATEMENT_DUE, now));
        }

        @Test
        void isMetByAStatement() {
            expectNothingMissed(with(penaltyProposedHistory(), new StatementRecorded(CASE, "陈述", false, at("2025-11-05"))),
                    dayAfter(STATEMENT_DUE));
        }
    }

    @Nested
    class Decision {

        private final DecisionClockSuspended suspended = new DecisionClockSuspended(CASE, ClockPause.APPRAISAL, at("2025-11-03"));

        @Test
        void isMissed90DaysAfterFiling() {
            expectNothingMissed(investigating(), lastSecondOf(DECISION_DUE));
            Instant now = dayAfter(DECISION_DUE);
            fixture.given(investigating())
                    .when(new CheckCaseClocks(CASE, now))
                    .expectEvents(new CaseDeadlineMissed(CASE, HANGZHOU, DECISION, null, DECISION_DUE, now));
        }

        @Test
        void excludesTheDaysTheClockWasSuspended() {
            LocalDate due = LocalDate.of(2026, 1, 30);
            List<Object> history = with(investigating(), suspended,
                    new DecisionClockResumed(CASE, ClockPause.APPRAISAL, at("2025-11-15"), 12, due));
            expectNothingMissed(history, dayAfter(DECISION_DUE));
            Instant now = dayAfter(due);
            fixture.given(history)
                    .when(new CheckCaseClocks(CASE, now))
                    .expectEvents(new CaseDeadlineMissed(CASE, HANGZHOU, DECISION, null, due, now));
        }

        @Test
        void doesNotRunOutWhileSuspended() {
            expectNothingMissed(with(investigating(), suspended), dayAfter(DECISION_DUE).plusSeconds(30 * 86_400));
        }

        @Test
        void anExtensionMovesItBy30Days() {
            LocalDate due = LocalDate.of(2026, 2, 17);
            List<Object> history = with(investigating(), new DecisionDeadlineExtended(CASE, "案情复杂", at("2026-01-10"), due));
            expectNothingMissed(history, dayAfter(DECISION_DUE));
            Instant now = dayAfter(due);
            fixture.given(history)
                    .when(new CheckCaseClocks(CASE, now))
                    .expectEvents(new CaseDeadlineMissed(CASE, HANGZHOU, DECISION, null, due, now));
        }

        @Test
        void isMetByTheDecision() {
            expectNothingMissed(with(decided(), new PenaltyPublished(CASE, HANGZHOU, PARTY, FINE, "罚款五万元", false,
                    at("2025-12-01"), LocalDate.of(2028, 12, 1))), dayAfter(DECISION_DUE));
        }
    }

    @Nested
    class Publicity {

        @Test
        void isMissed20WorkingDaysAfterTheDecision() {
            expectNothingMissed(decided(), lastSecondOf(PUBLICITY_DUE));
            Instant now = dayAfter(PUBLICITY_DUE);
            fixture.given(decided())
                    .when(new CheckCaseClocks(CASE, now))
                    .expectEvents(new CaseDeadlineMissed(CASE, HANGZHOU, PUBLICITY, null, PUBLICITY_DUE, now));
        }
    }

    @Nested
    class Assistance {

        @Test
        void isMissedByTheAssistingRegion() {
            List<Object> asked = with(investigating(), assistanceRequested());
            expectNothingMissed(asked, lastSecondOf(ASSISTANCE_DUE));
            Instant now = dayAfter(ASSISTANCE_DUE);
            fixture.given(asked)
                    .when(new CheckCaseClocks(CASE, now))
                    .expectEvents(new CaseDeadlineMissed(CASE, NANJING, ASSISTANCE_ANSWER, A1, ASSISTANCE_DUE, now));
        }

        @Test
        void isMetByTheAnswer() {
            expectNothingMissed(with(investigating(), assistanceRequested(),
                    new AssistanceAnswered(CASE, A1, NANJING, HANGZHOU, "已核查", List.of(), at("2025-11-10"))), dayAfter(ASSISTANCE_DUE));
        }
    }

    @Nested
    class Police {

        @Test
        void theDecisionIsMissed3DaysAfterTheSuspicion() {
            LocalDate due = LocalDate.of(2025, 11, 8);
            List<Object> suspected = with(investigating(), new CrimeSuspected(CASE, HANGZHOU, "涉嫌犯罪", at("2025-11-05"), due));
            expectNothingMissed(suspected, lastSecondOf(due));
            Instant now = dayAfter(due);
            fixture.given(suspected)
                    .when(new CheckCaseClocks(CASE, now))
                    .expectEvents(new CaseDeadlineMissed(CASE, HANGZHOU, POLICE_DECISION, null, due, now));
        }
    }

    @Test
    void reportsEveryClockThatRanOutAtOnce() {
        Instant now = at("2026-03-02");
        fixture.given(with(penaltyProposedHistory(), assistanceRequested()))
                .when(new CheckCaseClocks(CASE, now))
                .expectEvents(new CaseDeadlineMissed(CASE, HANGZHOU, DECISION, null, DECISION_DUE, now),
                        new CaseDeadlineMissed(CASE, HANGZHOU, STATEMENT, null, STATEMENT_DUE, now),
                        new CaseDeadlineMissed(CASE, NANJING, ASSISTANCE_ANSWER, A1, ASSISTANCE_DUE, now));
    }

    @Test
    void aClosedCaseHasNoClocks() {
        expectNothingMissed(with(investigating(), assistanceRequested(), new CaseClosed(CASE, HANGZHOU, "不予处罚", at("2025-11-01"))),
                at("2026-06-01"));
    }
}
