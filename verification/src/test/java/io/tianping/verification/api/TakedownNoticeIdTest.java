package io.tianping.verification.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.tianping.verification.VerificationFixtures.KETTLE;
import static io.tianping.verification.VerificationFixtures.LISTING;
import static io.tianping.verification.VerificationFixtures.OTHER_KETTLE;
import static io.tianping.verification.VerificationFixtures.PLATFORM_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TakedownNoticeIdTest {

    @Test
    void derivesTheSameIdFromTheSameCause() {
        assertThat(TakedownNoticeId.of(KETTLE, LISTING, 3)).isEqualTo(TakedownNoticeId.of(KETTLE, LISTING, 3));
    }

    @Test
    void derivesDifferentIdsForDifferentCauses() {
        TakedownNoticeId id = TakedownNoticeId.of(KETTLE, LISTING, 3);

        assertThat(id).isNotEqualTo(TakedownNoticeId.of(KETTLE, LISTING, 4))
                .isNotEqualTo(TakedownNoticeId.of(OTHER_KETTLE, LISTING, 3))
                .isNotEqualTo(TakedownNoticeId.of(KETTLE, new ListingKey(PLATFORM_A, "item-8813"), 3));
    }

    @Test
    void readsBackItsOwnValueIgnoringCase() {
        TakedownNoticeId id = TakedownNoticeId.of(KETTLE, LISTING, 3);

        assertThat(new TakedownNoticeId(id.value().toUpperCase())).isEqualTo(id);
        assertThat(id).hasToString(id.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "42", "not-a-uuid-at-all-but-36-characters", "1-1-1-1-1"})
    void rejectsValuesThatAreNotUuids(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new TakedownNoticeId(value))
                .withMessageContaining("takedown notice id");
    }
}
