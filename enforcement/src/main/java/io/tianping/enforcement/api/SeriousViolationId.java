package io.tianping.enforcement.api;

import io.tianping.sharedkernel.CreditCode;

/**
 * Identifier of a party's entry on the serious-violation list: its unified social credit code. {@code toString()}
 * is the raw code (the {@code seriousviolation} id in the audit endpoints).
 *
 * @param value the 18-character credit code
 */
public record SeriousViolationId(String value) {

    /** How the value is written (the OpenAPI document states it). */
    public static final String PATTERN = CreditCode.PATTERN;

    public SeriousViolationId {
        try {
            value = CreditCode.of(value).value();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("creditCode: " + e.getMessage());
        }
    }

    public static SeriousViolationId of(CreditCode creditCode) {
        return new SeriousViolationId(creditCode.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
