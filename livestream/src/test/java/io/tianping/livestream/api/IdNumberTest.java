package io.tianping.livestream.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    @Test
    void acceptsTheStandardsExampleWithCheckCharacterX() {
        IdNumber id = new IdNumber("11010519491231002x");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.region().value()).isEqualTo("110105");
    }

    @Test
    void computesTheCheckCharacterByIso7064Mod112() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThatThrownBy(() -> new IdNumber("110105194912310021")).hasMessageContaining("check character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1101051949123100", "11010519491231002XX", "A10105194912310021"})
    void refusesMalformedNumbers(String value) {
        assertThatThrownBy(() -> new IdNumber(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnImpossibleBirthDate() {
        String first17 = "33010619900231123";
        assertThatThrownBy(() -> new IdNumber(first17 + IdNumber.checkCharacter(first17))).hasMessageContaining("birth date");
    }

    @Test
    void masksTheBirthDateAndSequence() {
        assertThat(new IdNumber("11010519491231002X").masked()).isEqualTo("110105********002X");
        assertThat(new IdNumber("11010519491231002X").toString()).doesNotContain("19491231");
    }
}
