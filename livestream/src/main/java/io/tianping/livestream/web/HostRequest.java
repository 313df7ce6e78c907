package io.tianping.livestream.web;

import io.tianping.livestream.api.AccountDetails;
import io.tianping.livestream.api.IdNumber;
import io.tianping.livestream.api.Identity;
import io.tianping.livestream.domain.HostAgePolicy;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.InputCheck;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A host as its platform verified it before the first broadcast: a person by ID number, with the birth date the
 * platform recorded (it must be the ID number's), 16 or older (16–17 with {@code guardianConsent}); an AI-generated
 * host is marked {@code aiGenerated}.
 */
record HostRequest(String account, String name, String idNumber, LocalDate birthDate, @Nullable String residence,
                   String contact, @Nullable String mcnCreditCode, @Nullable Boolean guardianConsent, Boolean aiGenerated,
                   @Nullable LocalDate verifiedOn) {

    Registration toRegistration(InputCheck check, LocalDate today) {
        IdNumber id = Fields.idNumber(check, "idNumber", idNumber);
        check.required("birthDate", birthDate);
        boolean consent = Boolean.TRUE.equals(guardianConsent);
        if (id != null && birthDate != null) {
            HostAgePolicy.problem(id, birthDate, consent, today).ifPresent(p -> check.problem(p[0], p[1]));
        }
        CreditCode mcn = mcnCreditCode == null || mcnCreditCode.isBlank() ? null
                : check.field("mcnCreditCode", () -> new CreditCode(mcnCreditCode));
        Fields.notAfter(check, "verifiedOn", verifiedOn, today);
        String phone = Fields.phone(check, "contact", contact);
        var details = new AccountDetails(null, null, null,
                verifiedOn == null ? today : verifiedOn, birthDate, residence, mcn, consent,
                Boolean.TRUE.equals(aiGenerated));
        return new Registration(id == null ? null : Identity.of(id), Fields.text(check, "name", name),
                Fields.text(check, "account", account), details, phone);
    }
}
