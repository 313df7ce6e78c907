package io.tianping.sharedkernel;

/**
 * A merchant (seller) as it appears on a listing or complaint: its registered name and credit code.
 *
 * @param name       the registered name, at most 200 characters
 * @param creditCode the merchant's unified social credit code
 */
public record MerchantRef(String name, CreditCode creditCode) {

    public MerchantRef {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("merchant name must not be blank");
        }
        name = name.strip();
        if (name.length() > 200) {
            throw new IllegalArgumentException("merchant name must be at most 200 characters, got " + name.length());
        }
        if (creditCode == null) {
            throw new IllegalArgumentException("merchant '%s' needs a credit code".formatted(name));
        }
    }
}
