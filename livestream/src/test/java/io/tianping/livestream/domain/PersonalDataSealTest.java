package io.tianping.livestream.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tianping.livestream.api.IdNumber;
import io.tianping.livestream.api.Sealed;
import org.junit.jupiter.api.Test;

class PersonalDataSealTest {

    private final PersonalDataSeal seal = new PersonalDataSeal("a test key of sixteen+ characters");

    @Test
    void sealsAnIdNumberSoOnlyTheKeyOpensIt() {
        IdNumber id = new IdNumber("11010519491231002X");
        Sealed sealed = seal.idNumber(id);
        assertThat(sealed.masked()).isEqualTo("110105********002X");
        assertThat(sealed.sealed()).doesNotContain("19491231");
        assertThat(seal.open(sealed.sealed())).isEqualTo(id.value());
        assertThat(seal.idNumber(id).sealed()).as("a fresh IV each time").isNotEqualTo(sealed.sealed());
        assertThatThrownBy(() -> new PersonalDataSeal("another key entirely").open(sealed.sealed()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void masksAPhoneKeepingItsFirstThreeAndLastFourDigits() {
        assertThat(seal.phone("13812345678").masked()).isEqualTo("138****5678");
        assertThat(seal.phone("0571-88886666").masked()).isEqualTo("057******6666");
        assertThat(seal.open(seal.phone("13812345678").sealed())).isEqualTo("13812345678");
    }
}
