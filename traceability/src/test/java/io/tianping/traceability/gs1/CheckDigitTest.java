package io.tianping.traceability.gs1;

import io.tianping.traceability.api.Gtin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckDigitTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "09520123456788, true",   // domain.md's valid example
            "09520123456789, false",  // and its invalid one
            "10614141073464, true",   // urn:epc:id:sgtin:0614141.107346.2017
            "04012345123456, true",
            "04012345987652, true",
            "70614141123451, true",
            "06901234567892, true",
            "06901234567891, false",
            "106141412345678908, true", // SSCC
            "0614141003464, true",      // GLN
            "4006381333931, true",      // GTIN-13
            "4006381333932, false",
            "0, false",
            "0A, false"})
    void checksTheLastDigit(String key, boolean valid) {
        assertThat(CheckDigit.isValid(key)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"0952012345678, 8", "1061414107346, 4", "000000000000, 0", "9999999999999, 7"})
    void computesTheDigit(String digits, char expected) {
        assertThat(CheckDigit.of(digits)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "09520123456789, check digit",
            "9520123456788, full GTIN-14",
            "0952012345678X, digits only",
            "'', blank"})
    void aGtinIsFourteenDigitsWithItsCheckDigit(String value, String message) {
        assertThatThrownBy(() -> new Gtin(value)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"09520123456788", "' 09520123456788 '"})
    void acceptsAValidGtin(String value) {
        assertThat(new Gtin(value).value()).isEqualTo("09520123456788");
    }
}
