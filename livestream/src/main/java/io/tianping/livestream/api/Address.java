package io.tianping.livestream.api;

import io.tianping.sharedkernel.RegionCode;

/**
 * An actual operating address: the county-level region it lies in and the address itself.
 *
 * @param region the GB/T 2260 code of the county (or the finest level known)
 * @param detail the address as written
 */
public record Address(RegionCode region, String detail) {

    public Address {
        if (region == null) {
            throw new IllegalArgumentException("region: is required");
        }
        if (detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("detail: must not be blank");
        }
        detail = detail.strip();
    }
}
