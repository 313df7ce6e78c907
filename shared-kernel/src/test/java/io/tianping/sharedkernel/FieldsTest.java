package io.tianping.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FieldsTest {

    @Test
    void textIsStrippedAndMustNotBeBlank() {
        assertThat(Fields.text("reason", "  recalled ")).isEqualTo("recalled");
        assertThatIllegalArgumentException().isThrownBy(() -> Fields.text("reason", " \t"))
                .withMessage("reason: must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> Fields.text("reason", null))
                .withMessage("reason: must not be blank");
    }

    @Test
    void requiredValueIsReturnedAndMustNotBeNull() {
        assertThat(Fields.required("at", 42)).isEqualTo(42);
        assertThatIllegalArgumentException().isThrownBy(() -> Fields.required("at", null))
                .withMessage("at: must not be null");
    }
}
