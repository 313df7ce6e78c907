package io.tianping.traceability.api;

import io.tianping.traceability.gs1.CheckDigit;

/**
 * A GTIN-14 with a correct check digit, e.g. {@code 09520123456788}. Shorter GTINs are written with leading zeros;
 * this type never accepts them zero-suppressed (GS1 Digital Link 1.6 deprecates it). {@code toString()} is the 14 digits.
 *
 * @param value the 14 digits
 */
public record Gtin(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = "^\\d{14}$";

    public Gtin {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("gtin: must not be blank");
        }
        value = value.strip();
        if (!CheckDigit.allDigits(value)) {
            throw new IllegalArgumentException("gtin: must be digits only, got '%s'".formatted(value));
        }
        if (value.length() != 14) {
            throw new IllegalArgumentException("gtin: must be a full GTIN-14 (pad GTIN-8/12/13 with leading zeros), got %d digits"
                    .formatted(value.length()));
        }
        if (!CheckDigit.isValid(value)) {
            throw new IllegalArgumentException("gtin: check digit of %s is wrong, expected %c"
                    .formatted(value, CheckDigit.of(value.substring(0, 13))));
        }
    }

    public static Gtin of(String value) {
        return new Gtin(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
