package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.CaseCommand.AddEvidence;
import io.tianping.enforcement.api.CaseCommand.CloseCase;
import io.tianping.enforcement.api.CaseCommand.DecidePenalty;
import io.tianping.enforcement.api.CaseCommand.ProposePenalty;
import io.tianping.enforcement.api.CaseCommand.PublishPenalty;
import io.tianping.enforcement.api.CaseCommand.RecordStatement;
import io.tianping.enforcement.api.CaseEvent.CaseClosed;
import io.tianping.enforcement.api.CaseEvent.CaseDeadlineMissed;
import io.tianping.enforcement.api.CaseEvent.CrimeSuspected;
import io.tianping.enforcement.api.CaseEvent.DecisionClockSuspended;
import io.tianping.enforcement.api.CaseEvent.PenaltyDecided;
import io.tianping.enforcement.api.CaseEvent.PenaltyPublished;
import io.tianping.enforcement.api.CaseEvent.StatementRecorded;
import io.tianping.enforcement.api.CaseStage;
import io.tianping.enforcement.api.ClockPause;
import io.tianping.enforcement.api.EvidenceId;
import io.tianping.sharedkernel.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.tianping.enforcement.EnforcementFixtures.*;
import static io.tianping.enforcement.api.CaseClock.DECISION;
import static io.tianping.enforcement.api.CaseClock.PUBLICITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class PenaltyTest {

    private static final String GROUNDS = "《强制性产品认证管理规定》第五十二条";
    private static final Instant IN_TIME = Instant.parse("2025-11-10T15:00:00Z"); // 23:00 on the last day, China time
    private static final Instant AFTER_PERIOD = at("2025-11-11");

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    private static List<Object> stated() {
        return with(penaltyProposedHistory(), new StatementRecorded(CASE, "已下架并召回", false, at("2025-11-05")));
    }

    @Nested
    class Propose {

        @Test
        void servesTheNoticeWithTheStatementDue5WorkingDaysLater() {
            fixture.given(investigating())
                    .when(new ProposePenalty(CASE, FINE, GROUNDS, SERVED_AT))
                    .expectEvents(penaltyProposed())
                    .expectState(c -> assertThat(c.state().stage()).isEqualTo(CaseStage.PENALTY_PROPOSED));
        }

        @Test
        void refusesAPenaltyBeforeAnyEvidence() {
            fixture.given(filed())
                    .when(new ProposePenalty(CASE, FINE, GROUNDS, SERVED_AT))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("is FILED; only a case that is INVESTIGATING can have a penalty proposed"));
        }

        @Test
        void evidenceMayStillBeAddedAfterTheNotice() {
            fixture.given(penaltyProposedHistory())
                    .when(new AddEvidence(CASE, EvidenceId.of("E-2"), "听证笔录", OTHER_SHA, HANGZHOU, "听证主持人", AFTER_PERIOD))
                    .expectSuccessfulHandlerExecution()
                    .expectState(c -> assertThat(c.state().stage()).isEqualTo(CaseStage.PENALTY_PROPOSED));
        }
    }

    @Nested
    class Statement {

        @Test
        void recordsTheStatementOnTheLastDay() {
            fixture.given(penaltyProposedHistory())
                    .when(new RecordStatement(CASE, "已下架并召回", false, IN_TIME))
                    .expectEvents(new StatementRecorded(CASE, "已下架并召回", false, IN_TIME));
        }

        @Test
        void recordsAHearingRequestWithoutAStatement() {
            fixture.given(penaltyProposedHistory())
                    .when(new RecordStatement(CASE, null, true, IN_TIME))
                    .expectEvents(new StatementRecorded(CASE, "", true, IN_TIME));
        }

        @Test
        void refusesAStatementAfterThe5WorkingDays() {
            fixture.given(penaltyProposedHistory())
                    .when(new RecordStatement(CASE, "迟到的陈述", false, AFTER_PERIOD))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("statement or hearing request in case %s ended on 2025-11-10".formatted(CASE)));
        }

        @Test
        void refusesASecondStatement() {
            fixture.given(stated())
                    .when(new RecordStatement(CASE, "补充陈述", false, IN_TIME))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("statement in case %s was already recorded".formatted(CASE)));
        }

        @Test
        void refusesAStatementBeforeAnyNotice() {
            fixture.given(investigating())
                    .when(new RecordStatement(CASE, "陈述", false, IN_TIME))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("is INVESTIGATING; only a case that is PENALTY_PROPOSED"));
        }
    }

    @Nested
    class Decide {

        @Test
        void decidesAfterTheStatementWithPublicityDue20WorkingDaysLater() {
            fixture.given(stated())
                    .when(new DecidePenalty(CASE, FINE, false, "罚款五万元", DECIDED_AT))
                    .expectEvents(penaltyDecided(false))
                    .expectState(c -> assertThat(c.state().deadline(DECISION, null).orElseThrow().status()).isEqualTo(DeadlineStatus.MET));
        }

        @Test
        void decidesOnceThePeriodForStatementsEndedInSilence() {
            fixture.given(penaltyProposedHistory())
                    .when(new DecidePenalty(CASE, FINE, true, "罚款五万元", AFTER_PERIOD))
                    .expectEvents(new PenaltyDecided(CASE, HANGZHOU, PARTY, FINE, true, "罚款五万元", AFTER_PERIOD, LocalDate.of(2025, 12, 9)));
        }

        @Test
        void refusesToDecideWhileThePartyMayStillSpeak() {
            fixture.given(penaltyProposedHistory())
                    .when(new DecidePenalty(CASE, FINE, false, "罚款五万元", IN_TIME))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("may state its case or ask for a hearing until 2025-11-10"));
        }

        @Test
        void refusesAFineHeavierThanTheNoticeSaid() {
            fixture.given(stated())
                    .when(new DecidePenalty(CASE, Money.of("80000"), false, "罚款八万元", DECIDED_AT))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("a fine of 80000.00 is heavier than the 50000.00 proposed"));
        }

        @Test
        void refusesToDecideDuringAHearing() {
            fixture.given(stated())
                    .andGiven(new DecisionClockSuspended(CASE, ClockPause.HEARING, at("2025-11-12")))
                    .when(new DecidePenalty(CASE, FINE, false, "罚款五万元", DECIDED_AT))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("suspended for HEARING since 2025-11-12T02:00:00Z; resume it first"));
        }

        @Test
        void aLateDecisionRecordsTheMissedClockFirst() {
            Instant late = at("2026-01-20");
            fixture.given(stated())
                    .when(new DecidePenalty(CASE, FINE, false, "罚款五万元", late))
                    .expectEvents(new CaseDeadlineMissed(CASE, HANGZHOU, DECISION, null, DECISION_DUE, late),
                            new PenaltyDecided(CASE, HANGZHOU, PARTY, FINE, false, "罚款五万元", late, LocalDate.of(2026, 2, 24)));
        }

        @Test
        void refusesToDecideWithoutANotice() {
            fixture.given(investigating())
                    .when(new DecidePenalty(CASE, FINE, false, "罚款五万元", DECIDED_AT))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("is INVESTIGATING; only a case that is PENALTY_PROPOSED can have its penalty decided"));
        }
    }

    @Nested
    class Publish {

        private final Instant at = at("2025-12-01");

        @Test
        void publishesAMinorPenaltyFor3Months() {
            fixture.given(decided())
                    .when(new PublishPenalty(CASE, true, at))
                    .expectEvents(new PenaltyPublished(CASE, HANGZHOU, PARTY, FINE, "罚款五万元", true, at, LocalDate.of(2026, 3, 1)))
                    .expectState(c -> assertThat(c.state().stage()).isEqualTo(CaseStage.PUBLICIZED));
        }

        @Test
        void publishesOtherPenaltiesFor3Years() {
            fixture.given(decided())
                    .when(new PublishPenalty(CASE, false, at))
                    .expectEvents(new PenaltyPublished(CASE, HANGZHOU, PARTY, FINE, "罚款五万元", false, at, LocalDate.of(2028, 12, 1)));
        }

        @Test
        void aLatePublicationRecordsTheMissedClockFirst() {
            Instant late = at("2025-12-19");
            fixture.given(decided())
                    .when(new PublishPenalty(CASE, false, late))
                    .expectEvents(new CaseDeadlineMissed(CASE, HANGZHOU, PUBLICITY, null, PUBLICITY_DUE, late),
                            new PenaltyPublished(CASE, HANGZHOU, PARTY, FINE, "罚款五万元", false, late, LocalDate.of(2028, 12, 19)));
        }

        @Test
        void refusesToPublishBeforeTheDecision() {
            fixture.given(penaltyProposedHistory())
                    .when(new PublishPenalty(CASE, false, at))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("is PENALTY_PROPOSED; only a case that is DECIDED can have its penalty published"));
        }
    }

    @Nested
    class Close {

        private final Instant at = at("2025-12-05");

        @Test
        void closesAPublishedCase() {
            fixture.given(decided())
                    .andGiven(new PenaltyPublished(CASE, HANGZHOU, PARTY, FINE, "罚款五万元", false, at("2025-12-01"), LocalDate.of(2028, 12, 1)))
                    .when(new CloseCase(CASE, "罚款已缴纳", at))
                    .expectEvents(new CaseClosed(CASE, HANGZHOU, "罚款已缴纳", at))
                    .expectState(c -> assertThat(c.state().stage()).isEqualTo(CaseStage.CLOSED));
        }

        @Test
        void closesWithoutAPenaltyWhichMeetsTheDecisionClock() {
            fixture.given(investigating())
                    .when(new CloseCase(CASE, "违法事实不能成立，不予行政处罚", at))
                    .expectEvents(new CaseClosed(CASE, HANGZHOU, "违法事实不能成立，不予行政处罚", at))
                    .expectState(c -> assertThat(c.state().deadline(DECISION, null).orElseThrow().status()).isEqualTo(DeadlineStatus.MET));
        }

        @Test
        void refusesToCloseADecidedPenaltyBeforeItIsPublished() {
            fixture.given(decided())
                    .when(new CloseCase(CASE, "结案", at))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("is DECIDED; only a case that is FILED, INVESTIGATING, PENALTY_PROPOSED or PUBLICIZED can be closed"));
        }

        @Test
        void refusesToCloseAClue() {
            fixture.given(clue())
                    .when(new CloseCase(CASE, "结案", at))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("is CLUE; only a case that is"));
        }

        @Test
        void refusesEveryStepAfterClosing() {
            fixture.given(investigating())
                    .andGiven(new CaseClosed(CASE, HANGZHOU, "不予行政处罚", at))
                    .when(new AddEvidence(CASE, EvidenceId.of("E-2"), "补充材料", OTHER_SHA, HANGZHOU, "执法人员王某", at.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("is CLOSED; only a case that is FILED, INVESTIGATING or PENALTY_PROPOSED"));
        }

        @Test
        void aFineDoesNotReplaceTheTransferToThePolice() {
            fixture.given(decided())
                    .andGiven(new CrimeSuspected(CASE, HANGZHOU, "货值金额超过五万元", at("2025-11-25"), LocalDate.of(2025, 11, 28)),
                            new PenaltyPublished(CASE, HANGZHOU, PARTY, FINE, "罚款五万元", false, at("2025-12-01"), LocalDate.of(2028, 12, 1)))
                    .when(new CloseCase(CASE, "罚款已缴纳", at))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("must be transferred to the police, a fine does not replace that"));
        }
    }
}
