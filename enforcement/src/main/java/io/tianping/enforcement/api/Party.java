package io.tianping.enforcement.api;

import io.tianping.sharedkernel.CreditCode;

/**
 * The party a case is against (当事人): a legal person identified by its unified social credit code, the key of the
 * serious-violation list.
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
