package io.tianping.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"129, 129.00", "129.5, 129.50", "129.00, 129.00", "0, 0.00", "' 19.9 ', 19.90", "1E+3, 1000.00", "5.000, 5.00"})
    void normalisesToTwoDecimals(String input, String expected) {
        Money money = Money.of(input);

        assertThat(money.toString()).isEqualTo(expected);
        assertThat(money.amount().scale()).isEqualTo(2);
    }

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertThat(new Money(new BigDecimal("129"))).isEqualTo(Money.of("129.00"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-0.01  | negative",
            "1.005  | at most 2 decimals",
            "abc    | not a decimal",
            "''     | blank",
            "1e1001 | at most 999999999999.99",
            "1e99999999 | at most 999999999999.99",
            "1000000000000 | at most 999999999999.99",
            "1e-99999999 | at most 2 decimals",
    })
    void rejectsInvalidAmounts(String input, String problem) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(input)).withMessageContaining(problem);
    }

    @Test
    void acceptsTheLargestAmountAndNothingAbove() {
        assertThat(Money.of(Money.MAX_TEXT).toString()).isEqualTo("999999999999.99");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("999999999999.99").plus(Money.of("0.01")));
    }

    @Test
    void refusesAHugeExponentWithoutExpandingIt() {
        // 1e999999999 expanded to fen would be a billion digits; the refusal must not build it, nor print it
        assertThatIllegalArgumentException().isThrownBy(() -> new Money(new BigDecimal("1e999999999")))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(100));
    }

    @Test
    void comparesAndAdds() {
        assertThat(Money.of("49.90")).isLessThan(Money.of("129"));
        assertThat(Money.of("129.00").compareTo(Money.of("129"))).isZero();
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
    }
}
