package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.AssistanceId;
import io.tianping.enforcement.api.CaseCommand.AnswerAssistance;
import io.tianping.enforcement.api.CaseCommand.FormJointCase;
import io.tianping.enforcement.api.CaseCommand.RequestAssistance;
import io.tianping.enforcement.api.CaseCommand.TransferEvidence;
import io.tianping.enforcement.api.CaseEvent.AssistanceAnswered;
import io.tianping.enforcement.api.CaseEvent.CaseDeadlineMissed;
import io.tianping.enforcement.api.CaseEvent.EvidenceAdded;
import io.tianping.enforcement.api.CaseEvent.EvidenceTransferred;
import io.tianping.enforcement.api.CaseEvent.JointCaseFormed;
import io.tianping.enforcement.api.Custody;
import io.tianping.enforcement.api.EvidenceId;
import io.tianping.enforcement.api.EvidenceItem;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.tianping.enforcement.EnforcementFixtures.*;
import static io.tianping.enforcement.api.CaseClock.ASSISTANCE_ANSWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class CooperationTest {

    private static final String ANSWER = "南京仓库进货记录已调取";
    private static final EvidenceId A1_1 = EvidenceId.of("A-1.1");
    private static final EvidenceId A1_2 = EvidenceId.of("A-1.2");
    private static final List<EvidenceItem> GATHERED = List.of(new EvidenceItem(SHA, "进货单据"), new EvidenceItem(OTHER_SHA, "仓库照片"));

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    @Nested
    class Request {

        @Test
        void sharesTheCaseWithTheAssistingRegionWhichAnswersWithin15WorkingDays() {
            fixture.given(investigating())
                    .when(new RequestAssistance(CASE, A1, NANJING, "核查南京仓库的进货记录", ASSISTANCE_AT))
                    .expectEvents(assistanceRequested())
                    .expectState(c -> {
                        assertThat(c.state().regionsWithAccess()).containsExactlyInAnyOrder(HANGZHOU, NANJING);
                        assertThat(c.state().visibleTo(JIANGSU)).isTrue();
                        assertThat(c.state().visibleTo(SHANGHAI)).isFalse();
                        assertThat(c.state().competentRegion()).isEqualTo(HANGZHOU);
                    });
        }

        @Test
        void refusesAssistanceForAClue() {
            fixture.given(clue())
                    .when(new RequestAssistance(CASE, A1, NANJING, "核查", ASSISTANCE_AT))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("is CLUE; only a case that is FILED, INVESTIGATING or PENALTY_PROPOSED can request assistance"));
        }

        @Test
        void refusesToAskTheCasesOwnRegion() {
            fixture.given(investigating())
                    .when(new RequestAssistance(CASE, A1, HANGZHOU, "核查", ASSISTANCE_AT))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage("case %s already belongs to region 330100".formatted(CASE));
        }

        @Test
        void refusesASecondRequestWithTheSameId() {
            fixture.given(investigating())
                    .andGiven(assistanceRequested())
                    .when(new RequestAssistance(CASE, A1, SHANGHAI, "核查", ASSISTANCE_AT))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage("case %s already has assistance request A-1".formatted(CASE));
        }
    }

    @Nested
    class Answer {

        private final Instant at = at("2025-11-10");

        private List<Object> asked() {
            return with(investigating(), assistanceRequested());
        }

        @Test
        void evidenceGatheredByAssistanceJoinsTheCaseWithItsCustody() {
            fixture.given(asked())
                    .when(new AnswerAssistance(CASE, A1, ANSWER, GATHERED, at))
                    .expectEvents(new AssistanceAnswered(CASE, A1, NANJING, HANGZHOU, ANSWER, List.of(A1_1, A1_2), at),
                            new EvidenceAdded(CASE, A1_1, "进货单据", SHA, NANJING, "assistance A-1",
                                    List.of(new Custody(NANJING, at), new Custody(HANGZHOU, at)), at),
                            new EvidenceAdded(CASE, A1_2, "仓库照片", OTHER_SHA, NANJING, "assistance A-1",
                                    List.of(new Custody(NANJING, at), new Custody(HANGZHOU, at)), at))
                    .expectState(c -> {
                        assertThat(c.state().assistance(A1).orElseThrow().isOpen()).isFalse();
                        assertThat(c.state().deadline(ASSISTANCE_ANSWER, A1).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);
                        assertThat(c.state().evidence(A1_1).orElseThrow().holder()).isEqualTo(HANGZHOU);
                    });
        }

        @Test
        void assistedEvidenceTransferredOnKeepsItsDigestAndWholeChain() {
            Instant later = at("2025-11-20");
            fixture.given(asked())
                    .andGiven(new AssistanceAnswered(CASE, A1, NANJING, HANGZHOU, ANSWER, List.of(A1_1), at),
                            new EvidenceAdded(CASE, A1_1, "进货单据", SHA, NANJING, "assistance A-1",
                                    List.of(new Custody(NANJING, at), new Custody(HANGZHOU, at)), at))
                    .when(new TransferEvidence(CASE, A1_1, SHANGHAI, later))
                    .expectEvents(new EvidenceTransferred(CASE, A1_1, SHA, HANGZHOU, SHANGHAI, later))
                    .expectState(c -> assertThat(c.state().evidence(A1_1).orElseThrow().custody()).extracting(Custody::region)
                            .containsExactly(NANJING, HANGZHOU, SHANGHAI));
        }

        @Test
        void aLateAnswerRecordsTheAssistingRegionsMissFirst() {
            Instant late = at("2025-11-14");
            fixture.given(asked())
                    .when(new AnswerAssistance(CASE, A1, ANSWER, List.of(), late))
                    .expectEvents(new CaseDeadlineMissed(CASE, NANJING, ASSISTANCE_ANSWER, A1, ASSISTANCE_DUE, late),
                            new AssistanceAnswered(CASE, A1, NANJING, HANGZHOU, ANSWER, List.of(), late));
        }

        @Test
        void whenTheAssistingRegionLeadsTheCaseByNowTheEvidenceStaysWithIt() {
            fixture.given(asked())
                    .andGiven(new JointCaseFormed(CASE, NANJING, Set.of(HANGZHOU), at("2025-10-30")))
                    .when(new AnswerAssistance(CASE, A1, ANSWER, GATHERED.subList(0, 1), at))
                    .expectEvents(new AssistanceAnswered(CASE, A1, NANJING, NANJING, ANSWER, List.of(A1_1), at),
                            new EvidenceAdded(CASE, A1_1, "进货单据", SHA, NANJING, "assistance A-1", List.of(new Custody(NANJING, at)), at));
        }

        @Test
        void refusesToAnswerTwice() {
            fixture.given(asked())
                    .andGiven(new AssistanceAnswered(CASE, A1, NANJING, HANGZHOU, ANSWER, List.of(), at))
                    .when(new AnswerAssistance(CASE, A1, "补充答复", List.of(), at.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("assistance request A-1 of case %s was already answered".formatted(CASE)));
        }

        @Test
        void refusesAnAnswerToAnUnknownRequest() {
            fixture.given(asked())
                    .when(new AnswerAssistance(CASE, AssistanceId.of("A-9"), ANSWER, List.of(), at))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage("case %s has no assistance request A-9".formatted(CASE));
        }
    }

    @Nested
    class Joint {

        private final Instant at = at("2025-10-24");

        @Test
        void formsAJointCaseLedByTheCasesRegion() {
            fixture.given(investigating())
                    .when(new FormJointCase(CASE, HANGZHOU, Set.of(SHANGHAI, NANJING), at))
                    .expectEvents(new JointCaseFormed(CASE, HANGZHOU, Set.of(SHANGHAI, NANJING), at))
                    .expectState(c -> {
                        assertThat(c.state().leadRegion()).isEqualTo(HANGZHOU);
                        assertThat(c.state().regionsWithAccess()).containsExactlyInAnyOrder(HANGZHOU, SHANGHAI, NANJING);
                    });
        }

        @Test
        void anotherLeadRegionTakesTheCaseOverAndTheOldOneTakesPart() {
            fixture.given(investigating())
                    .when(new FormJointCase(CASE, SHANGHAI, Set.of(HANGZHOU), at))
                    .expectEvents(new JointCaseFormed(CASE, SHANGHAI, Set.of(HANGZHOU), at))
                    .expectState(c -> {
                        assertThat(c.state().competentRegion()).isEqualTo(SHANGHAI);
                        assertThat(c.state().sharedRegions()).containsExactly(HANGZHOU);
                    });
        }

        @Test
        void refusesAJointCaseWithoutTheCasesRegion() {
            fixture.given(investigating())
                    .when(new FormJointCase(CASE, SHANGHAI, Set.of(NANJING), at))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage(containsString("region 330100, which has case %s, must lead the joint case or take part".formatted(CASE)));
        }

        @Test
        void refusesToFormItTwice() {
            fixture.given(investigating())
                    .andGiven(new JointCaseFormed(CASE, HANGZHOU, Set.of(SHANGHAI), at))
                    .when(new FormJointCase(CASE, HANGZHOU, Set.of(NANJING), at.plusSeconds(60)))
                    .expectNoEvents()
                    .expectException(EnforcementRuleViolated.class)
                    .expectExceptionMessage("case %s is already a joint case led by 330100".formatted(CASE));
        }
    }
}
