package io.tianping.livestream.api;

import io.tianping.sharedkernel.RegionCode;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident identity card number (GB 11643-1999): 18 characters, the region of first registration (1–6), the birth
 * date (7–14), a sequence (15–17, odd for men) and a check character (ISO 7064 MOD 11-2: weights
 * 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, check = "10X98765432"[Σ mod 11]). Personal data: answers show it
 * {@link #masked()}.
 *
 * @param value the 18 characters, an upper-case X as check character where it is 10
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public IdNumber {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("ID number must not be blank");
        }
        value = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!value.matches("^\\d{17}[\\dX]$")) {
            throw new IllegalArgumentException("ID number must be 17 digits and a digit or X (GB 11643), got %d characters"
                    .formatted(value.length()));
        }
        try {
            new RegionCode(value.substring(0, 6));
            LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("ID number has no valid region or birth date: " + e.getMessage());
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            throw new IllegalArgumentException("ID number fails its check character (GB 11643, ISO 7064 MOD 11-2)");
        }
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17 == null || !first17.matches("^\\d{17}$")) {
            throw new IllegalArgumentException("need 17 digits to compute a check character");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The birth date the number carries (characters 7–14). */
    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** The region of first registration (characters 1–6): the person's registered domicile. */
    public RegionCode region() {
        return new RegionCode(value.substring(0, 6));
    }

    /** The first six and last four characters, the birth date hidden: {@code 330106********1234}. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
