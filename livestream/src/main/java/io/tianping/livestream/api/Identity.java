package io.tianping.livestream.api;

import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.RegionCode;

/**
 * Who a subject is: an organisation by its credit code, or a person by the ID number; exactly one of them.
 *
 * @param creditCode the organisation's unified social credit code, or null for a person
 * @param idNumber   the person's ID number, or null for an organisation
 */
public record Identity(CreditCode creditCode, IdNumber idNumber) {

    public Identity {
        if ((creditCode == null) == (idNumber == null)) {
            throw new IllegalArgumentException("creditCode: give either a credit code or an ID number, exactly one");
        }
    }

    public static Identity of(CreditCode creditCode) {
        return new Identity(creditCode, null);
    }

    public static Identity of(IdNumber idNumber) {
        return new Identity(null, idNumber);
    }

    /** The key the subject id is derived from, e.g. {@code CC:91330100716105852F}. */
    public String key() {
        return creditCode != null ? "CC:" + creditCode.value() : "ID:" + idNumber.value();
    }

    /** The registered domicile: the credit code's registration region or the ID number's region. */
    public RegionCode domicile() {
        return creditCode != null ? creditCode.registrationRegion() : idNumber.region();
    }
}
