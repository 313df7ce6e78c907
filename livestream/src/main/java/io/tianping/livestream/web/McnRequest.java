package io.tianping.livestream.web;

import io.tianping.livestream.api.AccountDetails;
import io.tianping.livestream.api.Identity;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.InputCheck;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An MCN (host service agency) as its platform verified it: an organisation, by its credit code. */
record McnRequest(String account, String name, String creditCode, String contact, @Nullable LocalDate verifiedOn) {

    Registration toRegistration(InputCheck check, LocalDate today) {
        CreditCode code = check.field("creditCode", () -> new CreditCode(creditCode));
        Fields.notAfter(check, "verifiedOn", verifiedOn, today);
        String phone = Fields.phone(check, "contact", contact);
        var details = new AccountDetails(null, null, null,
                verifiedOn == null ? today : verifiedOn, null, null, null, false, false);
        return new Registration(code == null ? null : Identity.of(code), Fields.text(check, "name", name),
                Fields.text(check, "account", account), details, phone);
    }
}
