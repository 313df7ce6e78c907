package io.tianping.odr.api;

import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.RegionCode;

/**
 * The business complained about. Its region (credit code positions 3–8) decides the competent bureau.
 *
 * @param name       its name
 * @param creditCode its unified social credit code
 */
public record Respondent(String name, CreditCode creditCode) {

    public Respondent {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: is required");
        }
        if (creditCode == null) {
            throw new IllegalArgumentException("creditCode: is required");
        }
        name = name.strip();
    }

    /** The region of the respondent's registering authority: the competent county bureau's region. */
    public RegionCode region() {
        return creditCode.registrationRegion();
    }
}
