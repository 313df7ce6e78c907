package io.tianping.livestream.domain;

import static io.tianping.livestream.LivestreamFixtures.TODAY;
import static io.tianping.livestream.LivestreamFixtures.idBornOn;
import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.livestream.api.IdNumber;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HostAgePolicyTest {

    @ParameterizedTest(name = "age {0}, consent {1} → {2}")
    @CsvSource({
            "15, false, idNumber",
            "15, true, idNumber",
            "16, false, guardianConsent",
            "16, true, ",
            "17, false, guardianConsent",
            "17, true, ",
            "18, false, ",
            "40, false, "})
    void hostsAreSixteenOrOlderAndMinorsNeedConsent(int age, boolean consent, String field) {
        IdNumber id = idBornOn(TODAY.minusYears(age));
        Optional<String[]> problem = HostAgePolicy.problem(id, id.birthDate(), consent, TODAY);
        assertThat(problem.map(p -> p[0]).orElse(null)).isEqualTo(field);
    }

    @Test
    void theDayBeforeTheSixteenthBirthdayIsStillFifteen() {
        IdNumber id = idBornOn(TODAY.minusYears(16).plusDays(1));
        assertThat(HostAgePolicy.problem(id, id.birthDate(), true, TODAY)).get().extracting(p -> p[0]).isEqualTo("idNumber");
    }

    @Test
    void aBirthDateOtherThanTheIdNumbersIsRefused() {
        IdNumber id = idBornOn(TODAY.minusYears(30));
        assertThat(HostAgePolicy.problem(id, id.birthDate().plusDays(1), false, TODAY)).get()
                .satisfies(p -> {
                    assertThat(p[0]).isEqualTo("birthDate");
                    assertThat(p[1]).contains("disagrees");
                });
    }
}
