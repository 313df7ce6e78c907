package io.tianping.odr.api;

import io.tianping.sharedkernel.CreditCode;

/**
 * Identifier of an ODR enterprise: its unified social credit code. {@code toString()} is {@code odr-<credit code>},
 * the aggregate identifier in the event store and the {@code odr-enterprise} id in the audit endpoints; the prefix
 * keeps it apart from enforcement's serious-violation entry of the same party, whose identifier is the bare code (the
 * event store's identifiers are unique across aggregate types).
 *
 * @param creditCode the enterprise's credit code
 */
public record OdrEnterpriseId(CreditCode creditCode) {

    /** The prefix of {@link #toString()}. */
    public static final String PREFIX = "odr-";

    public OdrEnterpriseId {
        if (creditCode == null) {
            throw new IllegalArgumentException("creditCode: must not be null");
        }
    }

    public static OdrEnterpriseId of(CreditCode creditCode) {
        return new OdrEnterpriseId(creditCode);
    }

    /** From a credit code, or from {@code odr-<credit code>} as {@link #toString()} writes it. */
    public static OdrEnterpriseId parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("creditCode: must not be blank");
        }
        String code = value.strip().startsWith(PREFIX) ? value.strip().substring(PREFIX.length()) : value;
        try {
            return new OdrEnterpriseId(new CreditCode(code));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("creditCode: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return PREFIX + creditCode.value();
    }
}
