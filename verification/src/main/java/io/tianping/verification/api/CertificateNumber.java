package io.tianping.verification.api;

import io.tianping.sharedkernel.CatalogueCode;

/**
 * Number of a CCC certificate, 16 digits: issue year (4) + certification body code (2; 01 = CQC) + product
 * code (4, the CCC catalogue code) + serial (6), e.g. {@code 2024010717000123}. {@code toString()} is the
 * raw value (it is the certificate aggregate's identifier).
 *
 * @param value the 16 digits
 */
public record CertificateNumber(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = "^(200[1-9]|20[1-9]\\d|2[1-9]\\d{2})\\d{12}$";

    public CertificateNumber {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("certificate number must not be blank");
        }
        value = value.strip();
        if (value.length() != 16 || !allDigits(value)) {
            throw new IllegalArgumentException("certificate number must be 16 digits (year 4 + body 2 + product 4 + serial 6), got '%s'"
                    .formatted(value));
        }
        int year = Integer.parseInt(value.substring(0, 4));
        if (year < 2001 || year > 2999) {
            throw new IllegalArgumentException("certificate number '%s' starts with year %d, CCC certificates exist since 2001"
                    .formatted(value, year));
        }
    }

    public static CertificateNumber of(String value) {
        return new CertificateNumber(value);
    }

    /** The year the certificate was issued. */
    public int issueYear() {
        return Integer.parseInt(value.substring(0, 4));
    }

    /** The certification body code, e.g. {@code 01} for CQC. */
    public String bodyCode() {
        return value.substring(4, 6);
    }

    /** The CCC catalogue code of the certified product. */
    public CatalogueCode productCode() {
        return new CatalogueCode(value.substring(6, 10));
    }

    /** The body's serial number for this certificate. */
    public String serial() {
        return value.substring(10);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
