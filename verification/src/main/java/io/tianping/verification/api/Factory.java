package io.tianping.verification.api;

/**
 * The factory (production site) a certificate covers.
 *
 * @param name    the factory's name
 * @param address where it is
 */
public record Factory(String name, String address) {

    public Factory {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank");
        }
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("address: must not be blank");
        }
        name = name.strip();
        address = address.strip();
    }
}
