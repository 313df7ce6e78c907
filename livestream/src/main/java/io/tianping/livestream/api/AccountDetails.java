package io.tianping.livestream.api;

import io.tianping.sharedkernel.CreditCode;
import java.time.LocalDate;
import java.util.List;

/**
 * What a platform verified about one account (order 117 arts. 8, 9): fields that do not apply to the role are null.
 *
 * @param actualAddress   an operator's actual operating address (required for operators)
 * @param phone           the contact phone, sealed (personal data: answers show it masked)
 * @param licences        licences the operator holds, as written
 * @param verifiedOn      the day the platform verified the subject
 * @param birthDate       a host's birth date, as the platform recorded it (it must agree with the ID number)
 * @param residence       a host's residence
 * @param mcnCreditCode   the MCN agency a host works with, if any
 * @param guardianConsent whether a guardian consented (required for hosts aged 16–17)
 * @param aiGenerated     the host is an AI-generated person and is labelled as such (art. 37)
 */
public record AccountDetails(Address actualAddress, Sealed phone, List<String> licences, LocalDate verifiedOn,
                             LocalDate birthDate, String residence, CreditCode mcnCreditCode, boolean guardianConsent,
                             boolean aiGenerated) {

    public AccountDetails {
        licences = licences == null ? List.of() : List.copyOf(licences);
    }

    /** The same details with the phone, once sealed. */
    public AccountDetails withPhone(Sealed sealedPhone) {
        return new AccountDetails(actualAddress, sealedPhone, licences, verifiedOn, birthDate, residence, mcnCreditCode,
                guardianConsent, aiGenerated);
    }
}
