package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.CaseCommand.AddEvidence;
import io.tianping.enforcement.api.CaseCommand.ExtendDecisionDeadline;
import io.tianping.enforcement.api.CaseCommand.ResumeDecisionClock;
import io.tianping.enforcement.api.CaseCommand.SuspendDecisionClock;
import io.tianping.enforcement.api.CaseCommand.TransferEvidence;
import io.tianping.enforcement.api.CaseEvent.DecisionClockResumed;
import io.tianping.enforcement.api.CaseEvent.DecisionClockSuspended;
import io.tianping.enforcement.api.CaseEvent.DecisionDeadlineExtended;
import io.tianping.enforcement.api.CaseEvent.EvidenceTransferred;
import io.tianping.enforcement.api.CaseStage;
import io.tianping.enforcement.api.Custody;
import io.tianping.enforcement.api.EvidenceId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static io.tianping.enforcement.EnforcementFixtures.*;
import static io.tianping.enforcement.api.ClockPause.HEARING;
import static io.tianping.enforcement.api.ClockPause.TESTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class InvestigationTest {

    private static final Instant SUSPENDED_AT = at("2025-11-03");
    private static final Instant RESUMED_AT = at("2025-11-15");
    private static final DecisionClockSuspended SUSPENDED = new DecisionClockSuspended(CASE, TESTING, SUSPENDED_AT);
    /** 12 days of testing: the decision moves from 18 to 30 January 2026. */
    private static final DecisionClockResumed RESUMED =
            new DecisionClockResumed(CASE, TESTING, RESUMED_AT, 12, LocalDate.of(2026, 1, 30));

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    private AddEvidence addE1() {
        return new AddEvidence(CASE, E1, "现场检查笔录", SHA, HANGZHOU, "执法人员王某", EVIDENCE_AT);
    }

    @Nested
    class Add {

        @Test
        void firstEvidenceStartsTheInvestigation() {
            fixture.given(filed())
                    .when(addE1())
                    .expectEvents(evidenceAdded())
                    .expectState(c -> {
                        assertThat(c.state().stage()).isEqualTo(CaseStage.INVESTIGATING);
                        Evidence item = c.state().evidence(E1).orElseThrow();
                        assertThat(item.sha256()).isEqualTo(SHA);
                        assertThat(item.holder()).isEqualTo(HANGZHOU);
                    });
        }

        @Test
        void refusesEvidenceBeforeTheCaseIsFiled() {
            fixture.given(clue())
                    .when(addE1())
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage("case %s is CLUE; only a case that is FILED, INVESTIGATING or PENALTY_PROPOSED can take evidence"
                            .formatted(CASE));
        }

        @Test
        void refusesASecondItemWithTheSameId() {
            fixture.given(investigating())
                    .when(new AddEvidence(CASE, E1, "另一份笔录", OTHER_SHA, HANGZHOU, "执法人员李某", EVIDENCE_AT.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage("case %s already has evidence E-1".formatted(CASE));
        }
    }

    @Nested
    class Transfer {

        private final Instant at = at("2025-10-24");

        @Test
        void movesCustodyAndKeepsTheDigest() {
            fixture.given(investigating())
                    .when(new TransferEvidence(CASE, E1, SHANGHAI, at))
                    .expectEvents(new EvidenceTransferred(CASE, E1, SHA, HANGZHOU, SHANGHAI, at))
                    .expectState(c -> {
                        Evidence item = c.state().evidence(E1).orElseThrow();
                        assertThat(item.sha256()).isEqualTo(SHA);
                        assertThat(item.custody()).containsExactly(new Custody(HANGZHOU, EVIDENCE_AT), new Custody(SHANGHAI, at));
                    });
        }

        @Test
        void transferringBackGrowsTheChainAgain() {
            Instant back = at("2025-10-27");
            fixture.given(investigating())
                    .andGiven(new EvidenceTransferred(CASE, E1, SHA, HANGZHOU, SHANGHAI, at))
                    .when(new TransferEvidence(CASE, E1, HANGZHOU, back))
                    .expectEvents(new EvidenceTransferred(CASE, E1, SHA, SHANGHAI, HANGZHOU, back))
                    .expectState(c -> assertThat(c.state().evidence(E1).orElseThrow().custody()).extracting(Custody::region)
                            .containsExactly(HANGZHOU, SHANGHAI, HANGZHOU));
        }

        @Test
        void refusesToTransferToTheRegionHoldingIt() {
            fixture.given(investigating())
                    .when(new TransferEvidence(CASE, E1, HANGZHOU, at))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage("evidence E-1 of case %s is already held by region 330100".formatted(CASE));
        }

        @Test
        void refusesToTransferUnknownEvidence() {
            fixture.given(investigating())
                    .when(new TransferEvidence(CASE, EvidenceId.of("E-9"), SHANGHAI, at))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage("case %s has no evidence E-9".formatted(CASE));
        }
    }

    @Nested
    class SuspendAndResume {

        @Test
        void suspendsTheDecisionClock() {
            fixture.given(investigating())
                    .when(new SuspendDecisionClock(CASE, TESTING, SUSPENDED_AT))
                    .expectEvents(SUSPENDED);
        }

        @Test
        void resumingMovesTheDecisionDeadlineByTheDaysSuspended() {
            fixture.given(investigating())
                    .andGiven(SUSPENDED)
                    .when(new ResumeDecisionClock(CASE, TESTING, RESUMED_AT))
                    .expectEvents(RESUMED)
                    .expectState(c -> assertThat(c.state().decisionClock().dueOn()).isEqualTo(LocalDate.of(2026, 1, 30)));
        }

        @Test
        void suspensionsAddUp() {
            Instant again = at("2025-12-01");
            Instant resumed = at("2025-12-04");
            fixture.given(investigating())
                    .andGiven(SUSPENDED, RESUMED, new DecisionClockSuspended(CASE, HEARING, again))
                    .when(new ResumeDecisionClock(CASE, HEARING, resumed))
                    .expectEvents(new DecisionClockResumed(CASE, HEARING, resumed, 3, LocalDate.of(2026, 2, 2)));
        }

        @Test
        void refusesToSuspendTwice() {
            fixture.given(investigating())
                    .andGiven(SUSPENDED)
                    .when(new SuspendDecisionClock(CASE, HEARING, SUSPENDED_AT.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("is suspended for TESTING since 2025-11-03T02:00:00Z; resume it first"));
        }

        @Test
        void refusesToResumeForAnotherReason() {
            fixture.given(investigating())
                    .andGiven(SUSPENDED)
                    .when(new ResumeDecisionClock(CASE, HEARING, RESUMED_AT))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("is not suspended for HEARING (it is suspended for TESTING)"));
        }

        @Test
        void refusesToResumeARunningClock() {
            fixture.given(investigating())
                    .when(new ResumeDecisionClock(CASE, TESTING, RESUMED_AT))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("is not suspended for TESTING (it is running)"));
        }

        @Test
        void refusesToSuspendTheClockOfAClue() {
            fixture.given(clue())
                    .when(new SuspendDecisionClock(CASE, TESTING, SUSPENDED_AT))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("is CLUE; only a case that is FILED, INVESTIGATING or PENALTY_PROPOSED"));
        }
    }

    @Nested
    class ExtendDecision {

        private final Instant at = at("2026-01-10");

        @Test
        void gives30MoreDays() {
            fixture.given(investigating())
                    .when(new ExtendDecisionDeadline(CASE, "案情复杂，经负责人批准", at))
                    .expectEvents(new DecisionDeadlineExtended(CASE, "案情复杂，经负责人批准", at, LocalDate.of(2026, 2, 17)));
        }

        @Test
        void keepsTheDaysAlreadySuspended() {
            fixture.given(investigating())
                    .andGiven(SUSPENDED, RESUMED)
                    .when(new ExtendDecisionDeadline(CASE, "案情复杂，经负责人批准", at))
                    .expectEvents(new DecisionDeadlineExtended(CASE, "案情复杂，经负责人批准", at, LocalDate.of(2026, 3, 1)));
        }

        @Test
        void extendsOnlyOnce() {
            fixture.given(investigating())
                    .andGiven(new DecisionDeadlineExtended(CASE, "案情复杂", at, LocalDate.of(2026, 2, 17)))
                    .when(new ExtendDecisionDeadline(CASE, "还要更久", at.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("already extended once; it is due on 2026-02-17"));
        }

        @Test
        void refusesToExtendAfterTheDeadline() {
            fixture.given(investigating())
                    .when(new ExtendDecisionDeadline(CASE, "案情复杂", at("2026-01-19")))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("DECISION period of case %s ended on 2026-01-18".formatted(CASE)));
        }
    }
}
