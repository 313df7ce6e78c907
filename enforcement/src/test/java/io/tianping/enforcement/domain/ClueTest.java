package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.CaseCommand.DecideNotToFile;
import io.tianping.enforcement.api.CaseCommand.ExtendFilingDecision;
import io.tianping.enforcement.api.CaseCommand.FileCase;
import io.tianping.enforcement.api.CaseCommand.TransferClue;
import io.tianping.enforcement.api.CaseEvent.CaseDeadlineMissed;
import io.tianping.enforcement.api.CaseEvent.CaseFiled;
import io.tianping.enforcement.api.CaseEvent.ClueNotFiled;
import io.tianping.enforcement.api.CaseEvent.ClueTransferred;
import io.tianping.enforcement.api.CaseEvent.FilingDecisionExtended;
import io.tianping.enforcement.api.CaseStage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static io.tianping.enforcement.EnforcementFixtures.*;
import static io.tianping.enforcement.api.CaseClock.FILING_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class ClueTest {

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    @Nested
    class Raise {

        @Test
        void raisesClueWithTheFilingDecisionDue15WorkingDaysLater() {
            fixture.givenNoPriorActivity()
                    .when(raiseClue())
                    .expectEvents(clueRaised())
                    .expectState(c -> assertThat(c.state().stage()).isEqualTo(CaseStage.CLUE));
        }

        @Test
        void raisingTheSameCaseAgainChangesNothing() {
            fixture.given(clueRaised())
                    .when(raiseClue())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Transfer {

        private final Instant at = at("2025-10-09");

        @Test
        void transfersClueToAnotherRegionWhichOwnsItWithItsOwn15WorkingDays() {
            fixture.given(clue())
                    .when(new TransferClue(CASE, NANJING, "当事人注册地在南京", at))
                    .expectEvents(new ClueTransferred(CASE, HANGZHOU, NANJING, "当事人注册地在南京", at, LocalDate.of(2025, 10, 29)))
                    .expectState(c -> {
                        assertThat(c.state().competentRegion()).isEqualTo(NANJING);
                        assertThat(c.state().visibleTo(HANGZHOU)).isFalse();
                        assertThat(c.state().visibleTo(JIANGSU)).isTrue();
                    });
        }

        @Test
        void refusesToTransferToTheRegionThatHasIt() {
            fixture.given(clue())
                    .when(new TransferClue(CASE, HANGZHOU, "误转", at))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage("case %s already belongs to region 330100".formatted(CASE));
        }

        @Test
        void refusesToTransferAFiledCase() {
            fixture.given(filed())
                    .when(new TransferClue(CASE, NANJING, "当事人注册地在南京", at))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage("case %s is FILED; only a case that is CLUE can have its clue transferred".formatted(CASE));
        }
    }

    @Nested
    class ExtendFiling {

        @Test
        void gives15MoreWorkingDays() {
            Instant at = at("2025-10-27");
            fixture.given(clue())
                    .when(new ExtendFilingDecision(CASE, "需要调取平台交易数据", at))
                    .expectEvents(new FilingDecisionExtended(CASE, "需要调取平台交易数据", at, FILING_DUE_EXTENDED));
        }

        @Test
        void extendsOnlyOnce() {
            Instant at = at("2025-10-27");
            fixture.given(clueRaised(), new FilingDecisionExtended(CASE, "需要调取平台交易数据", at, FILING_DUE_EXTENDED))
                    .when(new ExtendFilingDecision(CASE, "还需要时间", at.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("already extended once; it is due on 2025-11-18"));
        }

        @Test
        void refusesToExtendAfterThePeriodEnded() {
            fixture.given(clue())
                    .when(new ExtendFilingDecision(CASE, "需要调取平台交易数据", at("2025-10-29")))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("ended on 2025-10-28; it can only be extended before it ends"));
        }
    }

    @Nested
    class NotFile {

        @Test
        void decidesNotToFile() {
            Instant at = at("2025-10-15");
            fixture.given(clue())
                    .when(new DecideNotToFile(CASE, "违法事实不成立", at))
                    .expectEvents(new ClueNotFiled(CASE, HANGZHOU, "违法事实不成立", at))
                    .expectState(c -> assertThat(c.state().stage()).isEqualTo(CaseStage.NOT_FILED));
        }

        @Test
        void aLateDecisionRecordsTheMissedClockFirst() {
            Instant at = at("2025-10-30");
            fixture.given(clue())
                    .when(new DecideNotToFile(CASE, "违法事实不成立", at))
                    .expectEvents(new CaseDeadlineMissed(CASE, HANGZHOU, FILING_DECISION, null, FILING_DUE, at),
                            new ClueNotFiled(CASE, HANGZHOU, "违法事实不成立", at));
        }

        @Test
        void refusesToFileAClueDecidedNotToBeFiled() {
            fixture.given(clueRaised(), new ClueNotFiled(CASE, HANGZHOU, "违法事实不成立", at("2025-10-15")))
                    .when(new FileCase(CASE, "重新考虑", at("2025-10-16")))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage("case %s is NOT_FILED; only a case that is CLUE can be filed".formatted(CASE));
        }
    }

    @Nested
    class File {

        @Test
        void filesCaseWithTheDecisionDue90DaysLater() {
            fixture.given(clue())
                    .when(new FileCase(CASE, "涉嫌销售未经认证产品", FILED_AT))
                    .expectEvents(caseFiled())
                    .expectState(c -> assertThat(c.state().deadline(FILING_DECISION, null).orElseThrow().status())
                            .isEqualTo(DeadlineStatus.MET));
        }

        @Test
        void filingLateRecordsTheMissedClockFirst() {
            Instant at = at("2025-11-03");
            fixture.given(clue())
                    .when(new FileCase(CASE, "涉嫌销售未经认证产品", at))
                    .expectEvents(new CaseDeadlineMissed(CASE, HANGZHOU, FILING_DECISION, null, FILING_DUE, at),
                            new CaseFiled(CASE, HANGZHOU, "涉嫌销售未经认证产品", at, LocalDate.of(2026, 2, 1)))
                    .expectState(c -> {
                        Deadline filing = c.state().deadline(FILING_DECISION, null).orElseThrow();
                        assertThat(filing.status()).isEqualTo(DeadlineStatus.MET);
                        assertThat(filing.missed()).isTrue();
                    });
        }

        @Test
        void filingAfterTheMissWasReportedDoesNotReportItAgain() {
            Instant at = at("2025-11-03");
            fixture.given(clueRaised(), new CaseDeadlineMissed(CASE, HANGZHOU, FILING_DECISION, null, FILING_DUE, at("2025-10-29")))
                    .when(new FileCase(CASE, "涉嫌销售未经认证产品", at))
                    .expectEvents(new CaseFiled(CASE, HANGZHOU, "涉嫌销售未经认证产品", at, LocalDate.of(2026, 2, 1)));
        }

        @Test
        void filingWithinTheExtensionIsInTime() {
            Instant at = at("2025-11-18");
            fixture.given(clueRaised(), new FilingDecisionExtended(CASE, "需要调取平台交易数据", at("2025-10-27"), FILING_DUE_EXTENDED))
                    .when(new FileCase(CASE, "涉嫌销售未经认证产品", at))
                    .expectEvents(new CaseFiled(CASE, HANGZHOU, "涉嫌销售未经认证产品", at, LocalDate.of(2026, 2, 16)));
        }

        @Test
        void refusesToFileTwice() {
            fixture.given(filed())
                    .when(new FileCase(CASE, "涉嫌销售未经认证产品", FILED_AT.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage("case %s is FILED; only a case that is CLUE can be filed".formatted(CASE));
        }
    }
}
