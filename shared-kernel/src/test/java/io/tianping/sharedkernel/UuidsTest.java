package io.tianping.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UuidsTest {

    private static final String ID = "3f2c8a9e-1b4d-4c7a-9e2f-0a1b2c3d4e5f";

    @Test
    void canonicalisesUpperCaseAndSpaces() {
        assertThat(Uuids.canonical("caseId", "  3F2C8A9E-1B4D-4C7A-9E2F-0A1B2C3D4E5F ")).isEqualTo(ID).matches(Uuids.PATTERN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{3f2c8a9e-1b4d-4c7a-9e2f-0a1b2c3d4e5f}", "3f2c8a9e1b4d4c7a9e2f0a1b2c3d4e5f", "1-1-1-1-1",
            "3f2c8a9e-1b4d-4c7a-9e2f-0a1b2c3d4e5", "urn:uuid:3f2c8a9e-1b4d-4c7a-9e2f-0a1b2c3d4e5f"})
    void refusesOtherForms(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> Uuids.canonical("planId", value))
                .withMessage("planId: must be a UUID, got '%s'", value);
    }

    @Test
    void namesTheFieldWhenBlank() {
        assertThatIllegalArgumentException().isThrownBy(() -> Uuids.canonical("sampleId", " "))
                .withMessage("sampleId: must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> Uuids.canonical("sampleId", null))
                .withMessage("sampleId: must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> Uuids.canonicalAs("takedown notice id", "42"))
                .withMessage("takedown notice id must be a UUID, got '42'");
    }

    @Test
    void theSameNameAlwaysGivesTheSameId() {
        assertThat(Uuids.named("case|spotcheck|s-1")).isEqualTo(Uuids.named("case|spotcheck|s-1"))
                .isNotEqualTo(Uuids.named("case|spotcheck|s-2"))
                .matches(Uuids.PATTERN);
    }

    @Test
    void randomIdsAreCanonicalAndDiffer() {
        assertThat(Uuids.random()).matches(Uuids.PATTERN).isNotEqualTo(Uuids.random());
    }
}
