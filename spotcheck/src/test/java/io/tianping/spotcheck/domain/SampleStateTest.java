package io.tianping.spotcheck.domain;

import io.tianping.spotcheck.api.SampleEvent;
import io.tianping.spotcheck.api.SampleEvent.ResultFinal;
import io.tianping.spotcheck.api.SampleEvent.RetestResultRecorded;
import io.tianping.spotcheck.api.SampleStage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.tianping.spotcheck.SpotcheckFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The fold the read side shares: a sample as it stood after any prefix of its history. */
class SampleStateTest {

    private static SampleState replay(List<Object> history) {
        return SampleState.replay(history.stream().map(SampleEvent.class::cast).toList());
    }

    @Test
    void followsTheSampleFromPurchaseToRetest() {
        assertThat(SampleState.empty().isEmpty()).isTrue();
        assertThat(replay(purchased()).stage()).isEqualTo(SampleStage.PURCHASED);
        assertThat(replay(atLab()).stage()).isEqualTo(SampleStage.AT_LAB);
        assertThat(replay(resultRecorded(false)).resultDueToSellerOn()).isEqualTo(RESULT_DUE);
        assertThat(replay(delivered(false)).objectionDueOn()).isEqualTo(OBJECTION_DUE);
        assertThat(replay(objected()).stage()).isEqualTo(SampleStage.RETESTING);
    }

    @Test
    void theRetestIsTheResultThatStands() {
        SampleState state = replay(with(objected(),
                new RetestResultRecorded(SAMPLE, PLAN, LISTING, JD, KETTLES, LAB, true, List.of(), true, RETEST_AT),
                new ResultFinal(SAMPLE, PLAN, LISTING, JD, KETTLES, true, List.of(), true, RETEST_AT)));
        assertThat(state.isFinal()).isTrue();
        assertThat(state.result().conforming()).isFalse();
        assertThat(state.standingResult().conforming()).isTrue();
        assertThat(state.finalAt()).isEqualTo(RETEST_AT);
    }
}
