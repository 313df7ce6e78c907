package io.tianping.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCodeTest {

    @ParameterizedTest
    @CsvSource({
            "91330100716105852F, 330100",
            "9144030071526726XG, 440300",
            "91350100M000100Y43, 350100",
            "' 91330100716105852f ', 330100",
    })
    void acceptsValidCodesAndReadsTheirRegion(String input, String region) {
        CreditCode code = CreditCode.of(input);

        assertThat(code.pilotEra()).isFalse();
        assertThat(code.registrationRegion()).isEqualTo(RegionCode.of(region));
        assertThat(code.toString()).isEqualTo(input.strip().toUpperCase());
    }

    @ParameterizedTest
    @CsvSource({"91330100716105852A", "9144030071526726X0", "91110000100000000A"})
    void acceptsCodesFailingTheCheckAsPilotEra(String input) {
        assertThat(CreditCode.of(input).pilotEra()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"                   | blank",
            "\"   \"                | blank",
            "91330100716105852    | 18 characters",
            "91330100716105852FF  | 18 characters",
            "91330100716105852I   | 'I' at position 18",
            "9133010071610585OF   | 'O' at position 17",
            "91330100716-05852F   | '-' at position 12",
            "91AB0100716105852F   | 6-digit region code at positions 3-8",
            "91000100716105852F   | no province",
    })
    void rejectsMalformedCodesSayingWhatIsWrong(String input, String problem) {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of(input)).withMessageContaining(problem);
    }

    @Test
    void rejectsNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CreditCode(null)).withMessageContaining("blank");
    }

    @ParameterizedTest
    @CsvSource({"91330100716105852, F", "9144030071526726X, G", "91350100M000100Y4, 3"})
    void computesTheCheckCharacter(String first17, char expected) {
        assertThat(CreditCode.checkCharacter(first17)).isEqualTo(expected);
    }

    @Test
    void aCodeBuiltWithTheComputedCheckCharacterIsNotPilotEra() {
        String first17 = "91320500MA1X2Y3Q4";
        CreditCode code = CreditCode.of(first17 + CreditCode.checkCharacter(first17));

        assertThat(code.pilotEra()).isFalse();
        assertThat(code.registrationRegion().province()).isEqualTo(RegionCode.of("320000"));
    }

    @Test
    void refusesToComputeACheckCharacterForTheWrongLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacter("9133")).withMessageContaining("17");
    }
}
