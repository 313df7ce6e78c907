package io.tianping.verification.api;

import io.tianping.sharedkernel.CreditCode;

/**
 * A legal person named on a certificate: the holder (applicant) or the manufacturer.
 *
 * @param name       the registered name
 * @param creditCode its unified social credit code
 */
public record Party(String name, CreditCode creditCode) {

    public Party {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank");
        }
        name = name.strip();
        if (creditCode == null) {
            throw new IllegalArgumentException("creditCode: must not be null");
        }
    }
}
