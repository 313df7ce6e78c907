package io.tianping.livestream.domain;

import io.tianping.livestream.api.IdNumber;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Hosts are 16 or older, and 16–17 only with a guardian's consent (2021 measures art. 17); the birth date the platform
 * recorded must be the one the ID number carries.
 */
public final class HostAgePolicy {

    private HostAgePolicy() {
    }

    /** What is wrong with this host on {@code today}, as (field, message); empty when nothing is. */
    public static Optional<String[]> problem(IdNumber idNumber, LocalDate birthDate, boolean guardianConsent,
                                             LocalDate today) {
        LocalDate born = idNumber.birthDate();
        if (birthDate != null && !birthDate.equals(born)) {
            return Optional.of(new String[]{"birthDate", "%s disagrees with the ID number's birth date".formatted(birthDate)});
        }
        int age = Period.between(born, today).getYears();
        if (age < 16) {
            return Optional.of(new String[]{"idNumber", "a host must be at least 16 years old; this one is %d".formatted(age)});
        }
        if (age < 18 && !guardianConsent) {
            return Optional.of(new String[]{"guardianConsent", "a host aged %d needs a guardian's consent".formatted(age)});
        }
        return Optional.empty();
    }
}
