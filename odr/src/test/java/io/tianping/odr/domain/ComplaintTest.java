package io.tianping.odr.domain;

import io.tianping.odr.api.ComplaintCommand.*;
import io.tianping.odr.api.ComplaintEvent.*;
import io.tianping.odr.api.MediationEnd;
import io.tianping.odr.api.RejectionGround;
import io.tianping.sharedkernel.CreditCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static io.tianping.odr.OdrFixtures.*;
import static io.tianping.odr.api.ComplaintRoute.ENTERPRISE;
import static io.tianping.odr.api.ComplaintRoute.REGULATOR;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

/** Every step of a complaint and every refusal, on the calendar around Spring Festival 2026. */
class ComplaintTest {

    private static final ComplaintFiled TO_ENTERPRISE = filed(ENTERPRISE);
    private static final ComplaintFiled TO_REGULATOR = filed(REGULATOR);
    private static final SettlementRecorded NOT_SETTLED = new SettlementRecorded(COMPLAINT, ENTERPRISE_CODE, at("2026-03-02"),
            false, "电话协商", "消费者要求三倍赔偿，未达成一致", 7, true);
    private static final SettlementRecorded SETTLED = new SettlementRecorded(COMPLAINT, ENTERPRISE_CODE, at("2026-02-26"),
            true, "电话协商", "退货退款 129 元", 4, true);
    private static final ComplaintOverdue OVERDUE = new ComplaintOverdue(COMPLAINT, ENTERPRISE_CODE, ENTERPRISE_DUE, at("2026-03-06"));
    /** 7 WD after Mon 9 Mar 2026. */
    private static final ComplaintEscalated ESCALATED = new ComplaintEscalated(COMPLAINT, XIHU, at("2026-03-09"),
            LocalDate.parse("2026-03-18"));
    /** 45 WD after Tue 10 Mar 2026, over Qingming (4–6 Apr), Labour Day (1–5 May, Sat 9 May worked). */
    private static final LocalDate MEDIATION_DUE = LocalDate.parse("2026-05-15");
    private static final ComplaintAccepted ACCEPTED = new ComplaintAccepted(COMPLAINT, at("2026-03-10"), MEDIATION_DUE, false);

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
    }

    @Nested
    class File {
        @Test
        void anOdrComplaintAgainstAnEnrolledEnterpriseGoesToItWithTenWorkingDays() {
            fixture.givenNoPriorActivity().when(file(true, true)).expectEvents(TO_ENTERPRISE);
        }

        @Test
        void anOdrComplaintAgainstAnEnterpriseNotEnrolledGoesToTheRegulatorWithSevenWorkingDays() {
            fixture.givenNoPriorActivity().when(file(true, false)).expectEvents(TO_REGULATOR);
        }

        @Test
        void aConsumerWhoDidNotChooseOdrGoesToTheRegulatorEvenAgainstAnEnrolledEnterprise() {
            fixture.givenNoPriorActivity().when(file(false, true)).expectEvents(filed(false, REGULATOR));
        }

        @Test
        void refusesAComplaintWithoutFactsOrClaim() {
            assertThatThrownBy(() -> new FileComplaint(COMPLAINT, RECEIVED, true, CONSUMER, RESPONDENT, KETTLE, null, null,
                    null, "退货", " ", null, true)).hasMessageStartingWith("facts: is required");
            assertThatThrownBy(() -> new FileComplaint(COMPLAINT, RECEIVED, true, CONSUMER, null, KETTLE, null, null,
                    null, "退货", "漏电", null, true)).hasMessageStartingWith("respondent: is required");
        }
    }

    @Nested
    class Settle {
        @Test
        void recordsASettlementInTimeWithItsWorkingDays() {
            fixture.given(TO_ENTERPRISE)
                    .when(new RecordSettlement(COMPLAINT, ENTERPRISE_CODE, at("2026-02-26"), true, "电话协商", "退货退款 129 元"))
                    .expectEvents(SETTLED);
        }

        @Test
        void recordsANegotiationThatFailed() {
            fixture.given(TO_ENTERPRISE)
                    .when(new RecordSettlement(COMPLAINT, ENTERPRISE_CODE, at("2026-03-02"), false, "电话协商", "消费者要求三倍赔偿，未达成一致"))
                    .expectEvents(NOT_SETTLED);
        }

        @Test
        void recordsASettlementAfterTheDueDayAsLate() {
            fixture.given(TO_ENTERPRISE, OVERDUE)
                    .when(new RecordSettlement(COMPLAINT, ENTERPRISE_CODE, at("2026-03-09"), true, "视频协商", "换货"))
                    .expectEvents(new SettlementRecorded(COMPLAINT, ENTERPRISE_CODE, at("2026-03-09"), true, "视频协商", "换货", 12, false));
        }

        @Test
        void theDueDayItselfIsStillOnTime() {
            Instant lastMinute = Instant.parse("2026-03-05T15:59:00Z"); // 23:59 in China
            fixture.given(TO_ENTERPRISE)
                    .when(new RecordSettlement(COMPLAINT, ENTERPRISE_CODE, lastMinute, true, "电话协商", "退款"))
                    .expectEvents(new SettlementRecorded(COMPLAINT, ENTERPRISE_CODE, lastMinute, true, "电话协商", "退款", 10, true));
        }

        @Test
        void anotherEnterpriseCannotSeeTheComplaint() {
            fixture.given(TO_ENTERPRISE)
                    .when(new RecordSettlement(COMPLAINT, CreditCode.of("91330100716105852F"), at("2026-02-26"), true, "m", "r"))
                    .expectNoEvents().expectException(ComplaintNotFound.class);
        }

        @Test
        void refusesToSettleTwice() {
            fixture.given(TO_ENTERPRISE, SETTLED)
                    .when(new RecordSettlement(COMPLAINT, ENTERPRISE_CODE, at("2026-02-27"), true, "m", "r"))
                    .expectNoEvents().expectException(OdrRuleViolated.class)
                    .expectExceptionMessage(containsString("is SETTLED_BY_ENTERPRISE and cannot have a settlement recorded"));
        }

        @Test
        void refusesToSettleAfterEscalation() {
            fixture.given(TO_ENTERPRISE, OVERDUE, ESCALATED)
                    .when(new RecordSettlement(COMPLAINT, ENTERPRISE_CODE, at("2026-03-10"), true, "m", "r"))
                    .expectNoEvents().expectException(OdrRuleViolated.class)
                    .expectExceptionMessage(containsString("before any escalation"));
        }

        @Test
        void refusesASettlementBeforeReceipt() {
            fixture.given(TO_ENTERPRISE)
                    .when(new RecordSettlement(COMPLAINT, ENTERPRISE_CODE, at("2026-02-12"), true, "m", "r"))
                    .expectNoEvents().expectException(OdrRuleViolated.class);
        }

        @Test
        void methodAndResultAreRequired() {
            assertThatThrownBy(() -> new RecordSettlement(COMPLAINT, ENTERPRISE_CODE, RECEIVED, true, "", "r"))
                    .hasMessageStartingWith("method: is required");
            assertThatThrownBy(() -> new RecordSettlement(COMPLAINT, ENTERPRISE_CODE, RECEIVED, true, "m", null))
                    .hasMessageStartingWith("result: is required");
            assertThatThrownBy(() -> new RecordSettlement(COMPLAINT, ENTERPRISE_CODE, null, true, "m", "r"))
                    .hasMessageStartingWith("handledAt: is required");
        }
    }

    @Nested
    class Overdue {
        @Test
        void becomesOverdueTheDayAfterItsDueDay() {
            fixture.given(TO_ENTERPRISE).when(new MarkComplaintOverdue(COMPLAINT, at("2026-03-06"))).expectEvents(OVERDUE);
        }

        @Test
        void isNotOverdueOnItsDueDay() {
            fixture.given(TO_ENTERPRISE).when(new MarkComplaintOverdue(COMPLAINT, Instant.parse("2026-03-05T15:59:00Z")))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void aSettledOrAlreadyOverdueComplaintIsNotMarkedAgain() {
            fixture.given(TO_ENTERPRISE, SETTLED).when(new MarkComplaintOverdue(COMPLAINT, at("2026-03-06"))).expectNoEvents();
            fixture.given(TO_ENTERPRISE, OVERDUE).when(new MarkComplaintOverdue(COMPLAINT, at("2026-03-07"))).expectNoEvents();
        }
    }

    @Nested
    class Escalate {
        @Test
        void aComplaintNotSettledGoesToTheRegulatorWithSevenWorkingDaysFromTheEscalation() {
            fixture.given(TO_ENTERPRISE, NOT_SETTLED).when(new EscalateComplaint(COMPLAINT, at("2026-03-02")))
                    .expectEvents(new ComplaintEscalated(COMPLAINT, XIHU, at("2026-03-02"), LocalDate.parse("2026-03-11")));
        }

        @Test
        void anOverdueComplaintGoesToTheRegulator() {
            fixture.given(TO_ENTERPRISE, OVERDUE).when(new EscalateComplaint(COMPLAINT, at("2026-03-09"))).expectEvents(ESCALATED);
        }

        @Test
        void aComplaintPastItsDueDayIsMarkedOverdueWhenEscalated() {
            fixture.given(TO_ENTERPRISE).when(new EscalateComplaint(COMPLAINT, at("2026-03-09")))
                    .expectEvents(new ComplaintOverdue(COMPLAINT, ENTERPRISE_CODE, ENTERPRISE_DUE, at("2026-03-09")), ESCALATED);
        }

        @Test
        void refusesWhileTheEnterpriseStillHasTime() {
            fixture.given(TO_ENTERPRISE).when(new EscalateComplaint(COMPLAINT, at("2026-03-05")))
                    .expectNoEvents().expectException(OdrRuleViolated.class)
                    .expectExceptionMessage(containsString("is with the enterprise until 2026-03-05"));
        }

        @Test
        void refusesASettledComplaintOrOneAlreadyWithTheRegulator() {
            fixture.given(TO_ENTERPRISE, SETTLED).when(new EscalateComplaint(COMPLAINT, at("2026-03-09")))
                    .expectNoEvents().expectException(OdrRuleViolated.class);
            fixture.given(TO_REGULATOR).when(new EscalateComplaint(COMPLAINT, at("2026-03-09")))
                    .expectNoEvents().expectException(OdrRuleViolated.class)
                    .expectExceptionMessage(containsString("is AWAITING_ACCEPTANCE and cannot be escalated"));
        }
    }

    @Nested
    class Feedback {
        @Test
        void recordsTheConsumersFeedbackOnce() {
            fixture.given(TO_ENTERPRISE, SETTLED).when(new RecordFeedback(COMPLAINT, true, at("2026-02-27")))
                    .expectEvents(new FeedbackRecorded(COMPLAINT, true, at("2026-02-27")));
            fixture.given(TO_ENTERPRISE, SETTLED, new FeedbackRecorded(COMPLAINT, true, at("2026-02-27")))
                    .when(new RecordFeedback(COMPLAINT, false, at("2026-02-28")))
                    .expectNoEvents().expectException(OdrRuleViolated.class).expectExceptionMessage(containsString("given once"));
        }

        @Test
        void refusesFeedbackBeforeAnyOutcome() {
            fixture.given(TO_ENTERPRISE).when(new RecordFeedback(COMPLAINT, true, at("2026-02-27")))
                    .expectNoEvents().expectException(OdrRuleViolated.class);
        }
    }

    @Nested
    class Accept {
        @Test
        void acceptsAnEscalatedComplaintAndStartsFortyFiveWorkingDaysOfMediation() {
            fixture.given(TO_ENTERPRISE, OVERDUE, ESCALATED).when(new AcceptComplaint(COMPLAINT, at("2026-03-10")))
                    .expectEvents(ACCEPTED);
        }

        @Test
        void anAcceptanceAfterTheSevenWorkingDaysIsMarkedLate() {
            // filed straight to the regulator: due 2 Mar 2026; accepted 3 Mar; 45 WD end on the make-up Saturday 9 May
            fixture.given(TO_REGULATOR).when(new AcceptComplaint(COMPLAINT, at("2026-03-03")))
                    .expectEvents(new ComplaintAccepted(COMPLAINT, at("2026-03-03"), LocalDate.parse("2026-05-09"), true));
        }

        @Test
        void refusesToAcceptTwice() {
            fixture.given(TO_ENTERPRISE, OVERDUE, ESCALATED, ACCEPTED).when(new AcceptComplaint(COMPLAINT, at("2026-03-11")))
                    .expectNoEvents().expectException(OdrRuleViolated.class)
                    .expectExceptionMessage(containsString("is IN_MEDIATION and cannot be accepted"));
        }

        @Test
        void refusesToAcceptAComplaintStillWithTheEnterprise() {
            fixture.given(TO_ENTERPRISE).when(new AcceptComplaint(COMPLAINT, at("2026-02-20")))
                    .expectNoEvents().expectException(OdrRuleViolated.class);
        }
    }

    @Nested
    class Reject {
        @Test
        void rejectsOnOneArticle15Ground() {
            fixture.given(TO_REGULATOR).when(new RejectComplaint(COMPLAINT, RejectionGround.ART15_4_OVER_THREE_YEARS, null, at("2026-02-26")))
                    .expectEvents(new ComplaintRejected(COMPLAINT, RejectionGround.ART15_4_OVER_THREE_YEARS, null, at("2026-02-26")));
        }

        @Test
        void refusesToRejectAnAcceptedComplaintOrWithoutAGround() {
            fixture.given(TO_REGULATOR, ACCEPTED)
                    .when(new RejectComplaint(COMPLAINT, RejectionGround.ART15_6_OTHER, null, at("2026-03-11")))
                    .expectNoEvents().expectException(OdrRuleViolated.class);
            assertThatThrownBy(() -> new RejectComplaint(COMPLAINT, null, null, RECEIVED)).hasMessageStartingWith("ground: is required");
        }
    }

    @Nested
    class TestPause {
        private final TestPauseStarted started = new TestPauseStarted(COMPLAINT, "漏电检测", at("2026-03-16"));

        @Test
        void pausesMediationForATest() {
            fixture.given(TO_REGULATOR, ACCEPTED).when(new StartTestPause(COMPLAINT, "漏电检测", at("2026-03-16")))
                    .expectEvents(started);
        }

        @Test
        void theWorkingDaysATestTookMoveTheMediationDueDay() {
            // Mon 16 Mar → Mon 23 Mar 2026: 5 working days stood still; 15 May + 5 WD = 22 May
            fixture.given(TO_REGULATOR, ACCEPTED, started).when(new EndTestPause(COMPLAINT, at("2026-03-23")))
                    .expectEvents(new TestPauseEnded(COMPLAINT, at("2026-03-23"), 5, LocalDate.parse("2026-05-22")));
        }

        @Test
        void refusesToPauseTwiceToEndWithoutAPauseOrToPauseOutsideMediation() {
            fixture.given(TO_REGULATOR, ACCEPTED, started).when(new StartTestPause(COMPLAINT, "x", at("2026-03-17")))
                    .expectNoEvents().expectException(OdrRuleViolated.class).expectExceptionMessage(containsString("already paused"));
            fixture.given(TO_REGULATOR, ACCEPTED).when(new EndTestPause(COMPLAINT, at("2026-03-17")))
                    .expectNoEvents().expectException(OdrRuleViolated.class).expectExceptionMessage(containsString("not paused"));
            fixture.given(TO_REGULATOR).when(new StartTestPause(COMPLAINT, "x", at("2026-03-17")))
                    .expectNoEvents().expectException(OdrRuleViolated.class);
        }

        @Test
        void aPausedMediationDoesNotEndByItself() {
            fixture.given(TO_REGULATOR, ACCEPTED, started).when(new EndMediationAtTimeLimit(COMPLAINT, at("2026-05-18")))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }
    }

    @Nested
    class MediationResult {
        @Test
        void recordsAnAgreement() {
            fixture.given(TO_REGULATOR, ACCEPTED).when(new RecordMediationResult(COMPLAINT, true, "退款并赔偿 500 元", at("2026-04-01")))
                    .expectEvents(new MediationAgreed(COMPLAINT, "退款并赔偿 500 元", at("2026-04-01")));
        }

        @Test
        void recordsATerminationWithItsNoticeDueInSevenWorkingDays() {
            // Wed 1 Apr 2026 + 7 WD over Qingming (4–6 Apr): 2, 3, 7, 8, 9, 10, 13 Apr
            fixture.given(TO_REGULATOR, ACCEPTED).when(new RecordMediationResult(COMPLAINT, false, null, at("2026-04-01")))
                    .expectEvents(new MediationTerminated(COMPLAINT, MediationEnd.NO_AGREEMENT, null, at("2026-04-01"),
                            LocalDate.parse("2026-04-13")));
        }

        @Test
        void refusesAResultOutsideMediationAndAnAgreementWithoutTerms() {
            fixture.given(TO_REGULATOR).when(new RecordMediationResult(COMPLAINT, true, "t", at("2026-04-01")))
                    .expectNoEvents().expectException(OdrRuleViolated.class);
            assertThatThrownBy(() -> new RecordMediationResult(COMPLAINT, true, " ", RECEIVED)).hasMessageStartingWith("terms: is required");
        }

        @Test
        void mediationEndsByItselfAfterFortyFiveWorkingDays() {
            // notice: 15 May 2026 + 7 WD = 18–22, 25, 26 May
            fixture.given(TO_REGULATOR, ACCEPTED).when(new EndMediationAtTimeLimit(COMPLAINT, at("2026-05-16")))
                    .expectEvents(new MediationTerminated(COMPLAINT, MediationEnd.TIME_LIMIT,
                            "45 working days from acceptance passed without agreement", at("2026-05-16"), LocalDate.parse("2026-05-26")));
        }

        @Test
        void mediationDoesNotEndOnItsLastDay() {
            fixture.given(TO_REGULATOR, ACCEPTED).when(new EndMediationAtTimeLimit(COMPLAINT, Instant.parse("2026-05-15T15:00:00Z")))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }
    }

    @Nested
    class Clue {
        @Test
        void raisesOneClueForEnforcementInTheComplaintsRegion() {
            fixture.given(TO_REGULATOR, ACCEPTED).when(new RaiseComplaintClue(COMPLAINT, "疑似销售不合格产品", at("2026-03-12")))
                    .expectEvents(new ComplaintClueRaised(COMPLAINT, XIHU, RESPONDENT, KETTLE, "使用一周后底座漏电",
                            "疑似销售不合格产品", at("2026-03-12")));
            fixture.given(TO_REGULATOR, new ComplaintClueRaised(COMPLAINT, XIHU, RESPONDENT, KETTLE, "f", null, at("2026-03-12")))
                    .when(new RaiseComplaintClue(COMPLAINT, null, at("2026-03-13")))
                    .expectNoEvents().expectException(OdrRuleViolated.class).expectExceptionMessage(containsString("already raised a clue"));
        }

        @Test
        void refusesAClueFromAComplaintStillWithTheEnterprise() {
            fixture.given(TO_ENTERPRISE).when(new RaiseComplaintClue(COMPLAINT, null, at("2026-02-20")))
                    .expectNoEvents().expectException(OdrRuleViolated.class);
        }
    }
}
