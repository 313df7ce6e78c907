package io.tianping.sharedkernel;

/**
 * Product code in the CCC compulsory certification catalogue (强制性产品认证目录), 4 digits: category (2) +
 * product (2), e.g. 0717 liquid heaters (kettles). Only the format is checked here; whether the code is in
 * the current catalogue is {@link CccCatalogue#contains(CatalogueCode)}.
 *
 * @param value the 4 digits
 */
public record CatalogueCode(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = "^\\d{4}$";

    public CatalogueCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("catalogue code must not be blank");
        }
        value = value.strip();
        if (!value.matches(PATTERN)) {
            throw new IllegalArgumentException("catalogue code must be 4 digits, got '%s'".formatted(value));
        }
    }

    public static CatalogueCode of(String value) {
        return new CatalogueCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
