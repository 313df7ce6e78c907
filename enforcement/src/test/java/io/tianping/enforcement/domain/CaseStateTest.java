package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.CaseEvent;
import io.tianping.enforcement.api.CaseEvent.ClueTransferred;
import io.tianping.enforcement.api.CaseEvent.JointCaseFormed;
import io.tianping.enforcement.api.CaseStage;
import io.tianping.sharedkernel.RegionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.tianping.enforcement.EnforcementFixtures.*;
import static io.tianping.enforcement.api.CaseClock.DECISION;
import static io.tianping.enforcement.api.CaseClock.FILING_DECISION;
import static io.tianping.enforcement.api.CaseClock.PUBLICITY;
import static org.assertj.core.api.Assertions.assertThat;

class CaseStateTest {

    private static CaseState after(List<Object> history, CaseEvent... more) {
        return CaseState.replay(with(history, (Object[]) more).stream().map(CaseEvent.class::cast).toList());
    }

    @ParameterizedTest(name = "a Hangzhou case, regulator {0}: visible {1}")
    @CsvSource({
            "330100, true",  // the competent region itself
            "330000, true",  // its province
            "000000, true",  // the national regulator
            "330106, false", // a county inside Hangzhou does not see the city's case
            "320100, false",
            "320000, false",
    })
    void aRegulatorSeesCasesWithinItsRegion(String regulator, boolean visible) {
        assertThat(after(clue()).visibleTo(RegionCode.of(regulator))).isEqualTo(visible);
    }

    @ParameterizedTest(name = "assistance asked of Nanjing, regulator {0}: visible {1}")
    @CsvSource({
            "330100, true",
            "320100, true",  // the assisting region
            "320000, true",  // and its province
            "310000, false",
    })
    void assistanceSharesTheCaseWithTheAssistingRegion(String regulator, boolean visible) {
        assertThat(after(investigating(), assistanceRequested()).visibleTo(RegionCode.of(regulator))).isEqualTo(visible);
    }

    @Test
    void aTransferredClueLeavesTheRegionThatGaveItAway() {
        CaseState state = after(clue(), new ClueTransferred(CASE, HANGZHOU, NANJING, "管辖", at("2025-10-09"), LocalDate.of(2025, 10, 29)));
        assertThat(state.regionsWithAccess()).containsExactly(NANJING);
        assertThat(state.visibleTo(ZHEJIANG)).isFalse();
        assertThat(state.visibleTo(JIANGSU)).isTrue();
    }

    @Test
    void aJointCaseIsVisibleToEveryParticipant() {
        CaseState state = after(investigating(), new JointCaseFormed(CASE, HANGZHOU, Set.of(SHANGHAI, SHENZHEN), at("2025-10-24")));
        assertThat(state.visibleTo(SHANGHAI)).isTrue();
        assertThat(state.visibleTo(RegionCode.of("440000"))).isTrue();
        assertThat(state.visibleTo(JIANGSU)).isFalse();
    }

    @Test
    void aCountyCaseIsVisibleToItsCity() {
        CaseState state = CaseState.empty().apply(new CaseEvent.ClueRaised(CASE, clueRaised().source(), "X-1", XIHU, PARTY,
                "电热水壶", "线索", RAISED_AT, FILING_DUE));
        assertThat(state.visibleTo(HANGZHOU)).isTrue();
        assertThat(state.visibleTo(XIHU)).isTrue();
    }

    @Test
    void nothingIsVisibleBeforeTheClue() {
        assertThat(CaseState.empty().visibleTo(RegionCode.COUNTRY)).isFalse();
    }

    @Test
    void replayingTheEventsUpToAnInstantShowsTheCaseAsItStoodThen() {
        CaseState whenFiled = after(filed());
        CaseState whenDecided = after(decided());

        assertThat(whenFiled.stage()).isEqualTo(CaseStage.FILED);
        assertThat(whenFiled.evidence()).isEmpty();
        assertThat(whenFiled.deadline(DECISION, null).orElseThrow().dueOn()).isEqualTo(DECISION_DUE);
        assertThat(whenFiled.lastChangedAt()).isEqualTo(FILED_AT);

        assertThat(whenDecided.stage()).isEqualTo(CaseStage.DECIDED);
        assertThat(whenDecided.evidence()).extracting(Evidence::id).containsExactly(E1);
        assertThat(whenDecided.penalty().fine()).isEqualTo(FINE);
        assertThat(whenDecided.deadline(PUBLICITY, null).orElseThrow().dueOn()).isEqualTo(PUBLICITY_DUE);
        assertThat(whenDecided.lastChangedAt()).isEqualTo(DECIDED_AT);
    }

    @Test
    void aMissedClockIsOverdueUntilItsStepIsTakenThenMetLate() {
        CaseState missed = after(clue(), new CaseEvent.CaseDeadlineMissed(CASE, HANGZHOU, FILING_DECISION, null, FILING_DUE,
                at("2025-10-29")));
        CaseState filedLate = missed.apply(new CaseEvent.CaseFiled(CASE, HANGZHOU, "立案", at("2025-10-30"), LocalDate.of(2026, 1, 28)));

        assertThat(missed.deadline(FILING_DECISION, null).orElseThrow().isOverdue()).isTrue();
        Deadline late = filedLate.deadline(FILING_DECISION, null).orElseThrow();
        assertThat(late.isOverdue()).isFalse();
        assertThat(late.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(late.missed()).isTrue();
    }

    @Test
    void applyingAnEventLeavesTheEarlierStateAsItWas() {
        CaseState clue = after(clue());
        clue.apply(caseFiled());
        assertThat(clue.stage()).isEqualTo(CaseStage.CLUE);
        assertThat(clue.deadlines()).hasSize(1);
    }
}
