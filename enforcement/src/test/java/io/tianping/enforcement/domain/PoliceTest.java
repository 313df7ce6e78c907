package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.CaseCommand.DecideNotToFile;
import io.tianping.enforcement.api.CaseCommand.SuspectCrime;
import io.tianping.enforcement.api.CaseCommand.TransferToPolice;
import io.tianping.enforcement.api.CaseEvent.CaseClosed;
import io.tianping.enforcement.api.CaseEvent.CaseDeadlineMissed;
import io.tianping.enforcement.api.CaseEvent.CaseTransferredToPolice;
import io.tianping.enforcement.api.CaseEvent.CrimeSuspected;
import io.tianping.enforcement.api.CaseStage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.tianping.enforcement.EnforcementFixtures.*;
import static io.tianping.enforcement.api.CaseClock.POLICE_DECISION;
import static io.tianping.enforcement.api.CaseClock.POLICE_HANDOVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class PoliceTest {

    private static final String SUSPICION = "货值金额超过五万元，涉嫌生产销售伪劣产品罪";
    private static final String POLICE = "杭州市公安局经侦支队";
    /** Wednesday 5 Nov 2025: the transfer must be decided by Saturday 8 Nov. */
    private static final Instant SUSPECTED_AT = at("2025-11-05");
    private static final CrimeSuspected SUSPECTED = new CrimeSuspected(CASE, HANGZHOU, SUSPICION, SUSPECTED_AT, LocalDate.of(2025, 11, 8));

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    private static List<Object> suspected() {
        return with(investigating(), SUSPECTED);
    }

    @Nested
    class Suspect {

        @Test
        void recordsTheSuspicionWithTheDecisionDue3DaysLater() {
            fixture.given(investigating())
                    .when(new SuspectCrime(CASE, SUSPICION, SUSPECTED_AT))
                    .expectEvents(SUSPECTED);
        }

        @Test
        void aClueCanAlreadyBeSuspected() {
            fixture.given(clue())
                    .when(new SuspectCrime(CASE, SUSPICION, SUSPECTED_AT))
                    .expectEvents(SUSPECTED);
        }

        @Test
        void refusesASecondSuspicion() {
            fixture.given(suspected())
                    .when(new SuspectCrime(CASE, "另一罪名", SUSPECTED_AT.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("a crime was already suspected in case %s".formatted(CASE)));
        }

        @Test
        void refusesASuspicionInAClosedCase() {
            fixture.given(investigating())
                    .andGiven(new CaseClosed(CASE, HANGZHOU, "不予行政处罚", at("2025-11-01")))
                    .when(new SuspectCrime(CASE, SUSPICION, SUSPECTED_AT))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage("case %s is CLOSED, which is final; it cannot have a crime suspected".formatted(CASE));
        }
    }

    @Test
    void aSuspectedCrimeCannotBeDroppedByNotFilingTheClue() {
        fixture.given(clueRaised(), SUSPECTED)
                .when(new DecideNotToFile(CASE, "不予立案", at("2025-11-06")))
                .expectNoEvents()
                .expectException(EnforcementRuleViolated.class)
                .expectExceptionMessage(containsString("must be transferred to the police"));
    }

    @Nested
    class Transfer {

        @Test
        void transfersInTime() {
            Instant decidedAt = at("2025-11-07");
            Instant handedOverAt = decidedAt.plus(Duration.ofHours(20));
            fixture.given(suspected())
                    .when(new TransferToPolice(CASE, POLICE, decidedAt, handedOverAt))
                    .expectEvents(new CaseTransferredToPolice(CASE, HANGZHOU, POLICE, decidedAt, handedOverAt))
                    .expectState(c -> {
                        assertThat(c.state().stage()).isEqualTo(CaseStage.TRANSFERRED_TO_POLICE);
                        assertThat(c.state().deadlines()).noneMatch(Deadline::isOpen);
                        assertThat(c.state().deadlines()).noneMatch(Deadline::missed);
                    });
        }

        @Test
        void aLateDecisionIsRecordedAsMissedAndTheTransferStillHappens() {
            Instant decidedAt = at("2025-11-09");
            Instant handedOverAt = decidedAt.plus(Duration.ofHours(2));
            fixture.given(suspected())
                    .when(new TransferToPolice(CASE, POLICE, decidedAt, handedOverAt))
                    .expectEvents(new CaseDeadlineMissed(CASE, HANGZHOU, POLICE_DECISION, null, LocalDate.of(2025, 11, 8), decidedAt),
                            new CaseTransferredToPolice(CASE, HANGZHOU, POLICE, decidedAt, handedOverAt));
        }

        @Test
        void aHandOverAfter24HoursIsRecordedAsMissed() {
            Instant decidedAt = Instant.parse("2025-11-06T14:00:00Z"); // 22:00 China time
            Instant handedOverAt = decidedAt.plus(Duration.ofHours(25));
            fixture.given(suspected())
                    .when(new TransferToPolice(CASE, POLICE, decidedAt, handedOverAt))
                    .expectEvents(new CaseDeadlineMissed(CASE, HANGZHOU, POLICE_HANDOVER, null, LocalDate.of(2025, 11, 7), handedOverAt),
                            new CaseTransferredToPolice(CASE, HANGZHOU, POLICE, decidedAt, handedOverAt))
                    .expectState(c -> {
                        Deadline handOver = c.state().deadline(POLICE_HANDOVER, null).orElseThrow();
                        assertThat(handOver.status()).isEqualTo(DeadlineStatus.MET);
                        assertThat(handOver.missed()).isTrue();
                    });
        }

        @Test
        void aDecidedFineDoesNotStopTheTransfer() {
            Instant decidedAt = at("2025-11-21");
            fixture.given(decided())
                    .andGiven(new CrimeSuspected(CASE, HANGZHOU, SUSPICION, at("2025-11-20"), LocalDate.of(2025, 11, 23)))
                    .when(new TransferToPolice(CASE, POLICE, decidedAt, decidedAt.plus(Duration.ofHours(3))))
                    .expectEvents(new CaseTransferredToPolice(CASE, HANGZHOU, POLICE, decidedAt, decidedAt.plus(Duration.ofHours(3))));
        }

        @Test
        void refusesATransferWithoutASuspicion() {
            fixture.given(investigating())
                    .when(new TransferToPolice(CASE, POLICE, SUSPECTED_AT, SUSPECTED_AT.plusSeconds(3600)))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage("case %s can only be transferred to the police after a crime is suspected".formatted(CASE));
        }

        @Test
        void refusesADecisionDatedBeforeTheSuspicion() {
            Instant decidedAt = SUSPECTED_AT.minusSeconds(3600);
            fixture.given(suspected())
                    .when(new TransferToPolice(CASE, POLICE, decidedAt, SUSPECTED_AT.plusSeconds(3600)))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("before the crime was suspected"));
        }
    }
}
