package io.tianping.spotcheck.api;

import io.tianping.sharedkernel.CreditCode;

/**
 * The producer named on a sample's label (标称生产者), who is asked to confirm the product is theirs.
 *
 * @param name       the name on the label
 * @param creditCode its unified social credit code; its registration region is the producer's region
 */
public record Producer(String name, CreditCode creditCode) {

    public Producer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank");
        }
        name = name.strip();
        if (creditCode == null) {
            throw new IllegalArgumentException("creditCode: must not be null");
        }
    }
}
