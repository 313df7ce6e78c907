package io.tianping.spotcheck.api;

import io.tianping.sharedkernel.PlatformId;
import io.tianping.verification.api.ListingKey;
import org.junit.jupiter.api.Test;

import static io.tianping.spotcheck.SpotcheckFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdsTest {

    @Test
    void aListingIsOneSamplePerPlan() {
        PlanId otherPlan = PlanId.generate();
        assertThat(SampleId.of(PLAN, LISTING)).isEqualTo(SampleId.of(PLAN, new ListingKey(JD, " 100012345678 ")));
        assertThat(SampleId.of(PLAN, LISTING)).isNotEqualTo(SampleId.of(otherPlan, LISTING));
        assertThat(SampleId.of(PLAN, LISTING)).isNotEqualTo(SampleId.of(PLAN, new ListingKey(PlatformId.of("tmall"), "100012345678")));
    }

    @Test
    void idsAreCanonicalUuidsPrintedRaw() {
        assertThat(PlanId.of("6F1C1D6E-2A3B-4C5D-8E9F-0A1B2C3D4E5F")).isEqualTo(PLAN);
        assertThat(PLAN.toString()).isEqualTo("6f1c1d6e-2a3b-4c5d-8e9f-0a1b2c3d4e5f");
        assertThat(SampleId.of(SAMPLE.toString())).isEqualTo(SAMPLE);
        assertThat(PlanId.generate()).isNotEqualTo(PlanId.generate());
        assertThat(SampleId.generate()).isNotEqualTo(SampleId.generate());
    }

    @Test
    void rejectsIdsThatAreNotUuids() {
        assertThatIllegalArgumentException().isThrownBy(() -> PlanId.of("plan-1")).withMessage("planId: must be a UUID, got 'plan-1'");
        assertThatIllegalArgumentException().isThrownBy(() -> SampleId.of(" ")).withMessage("sampleId: must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> SampleId.of(PLAN, null)).withMessageStartingWith("sampleId: ");
    }
}
