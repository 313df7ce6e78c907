package io.tianping.sharedkernel;

import java.util.Locale;
import java.util.Objects;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters identifying a legal person or
 * other organisation. Positions 3–8 are the GB/T 2260 region of the registering authority; position 18 is a
 * check character. Malformed codes are rejected; a well-formed code whose check character does not match is
 * accepted because genuine pilot-era codes fail the check, and {@link #pilotEra()} flags it for a warning.
 *
 * @param value the 18-character code, trimmed and upper-cased
 */
public record CreditCode(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = "^[0-9A-HJ-NP-RTUW-Y]{2}\\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$";

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("credit code must not be blank");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (value.length() != 18) {
            throw new IllegalArgumentException(
                    "credit code must have 18 characters, '%s' has %d".formatted(value, value.length()));
        }
        for (int i = 0; i < value.length(); i++) {
            if (CHARSET.indexOf(value.charAt(i)) < 0) {
                throw new IllegalArgumentException("credit code '%s' has '%c' at position %d, allowed are %s"
                        .formatted(value, value.charAt(i), i + 1, CHARSET));
            }
        }
        if (!value.substring(2, 8).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("credit code '%s' must have a 6-digit region code at positions 3-8, found '%s'"
                    .formatted(value, value.substring(2, 8)));
        }
        try {
            new RegionCode(value.substring(2, 8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("credit code '%s': %s".formatted(value, e.getMessage()));
        }
    }

    public static CreditCode of(String value) {
        return new CreditCode(value);
    }

    /**
     * The GB 32100 check character for the first 17 characters of a code; generators use it to build valid codes.
     *
     * @throws IllegalArgumentException if {@code first17} is not 17 characters of the credit-code charset
     */
    public static char checkCharacter(String first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters to compute a check character, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("'%c' at position %d is not in %s".formatted(first17.charAt(i), i + 1, CHARSET));
            }
            sum += v * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** True when the check character does not match: a pilot-era code, accepted but worth a warning. */
    public boolean pilotEra() {
        return checkCharacter(value.substring(0, 17)) != value.charAt(17);
    }

    /** The region of the registering authority (positions 3–8). */
    public RegionCode registrationRegion() {
        return new RegionCode(value.substring(2, 8));
    }

    @Override
    public String toString() {
        return value;
    }
}
