package io.tianping.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0      | 200  | control characters (found U+0000 at 3)",
            "10     | 200  | control characters (found U+000A at 3)",
            "9      | 200  | control characters (found U+0009 at 3)",
            "127    | 4000 | control characters (found U+007F at 3)",
            "133    | 4000 | control characters (found U+0085 at 3)",
            "0      | 4000 | control characters (found U+0000 at 3)",
            "55296  | 4000 | unpaired surrogate at 3",
    })
    void refusesControlCharactersAndBrokenText(int character, int max, String problem) {
        assertThat(Bounds.problemWithText("电热水" + (char) character + "壶", max)).contains(problem);
    }

    @Test
    void freeTextMayHoldLineBreaksAndTabs() {
        assertThat(Bounds.problemWithText("第一行\r\n\t第二行", Bounds.TEXT)).isNull();
        assertThat(Bounds.problemWithText("第一行\n第二行", Bounds.LINE)).isNotNull();
    }

    @Test
    void acceptsAnyTextUpToItsLengthIncludingCharactersOutsideTheBasicPlane() {
        assertThat(Bounds.problemWithText("壶😀𠀀".repeat(40), Bounds.LINE)).isNull();
        assertThat(Bounds.problemWithText("壶".repeat(200), Bounds.LINE)).isNull();
        assertThat(Bounds.problemWithText("壶".repeat(201), Bounds.LINE)).isEqualTo("must be at most 200 characters, got 201");
    }

    @ParameterizedTest
    @CsvSource({"1900-01-01, true", "2199-12-31, true", "1899-12-31, false", "2200-01-01, false", "+999999999-12-31, false",
            "-999999999-01-01, false"})
    void datesWithinTheRange(LocalDate day, boolean accepted) {
        assertThat(Bounds.problemWithDay(day) == null).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource({"1900-01-01T00:00:00Z, true", "2199-12-31T23:59:59.999Z, true", "1899-12-31T23:59:59Z, false",
            "2200-01-01T00:00:00Z, false"})
    void instantsWithinTheRange(Instant instant, boolean accepted) {
        assertThat(Bounds.problemWithInstant(instant) == null).isEqualTo(accepted);
    }
}
