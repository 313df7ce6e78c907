package io.tianping.livestream.web;

import io.tianping.livestream.api.AccountDetails;
import io.tianping.livestream.api.Address;
import io.tianping.livestream.api.Identity;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.RegionCode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A live-room operator as its platform verified it (order 117 art. 8): an organisation by {@code creditCode} or a
 * person by {@code idNumber}, exactly one; the actual operating address is required.
 */
record OperatorRequest(String account, String name, String creditCode, @Nullable String idNumber, AddressBody actualAddress,
                       String contact, List<String> licences, @Nullable LocalDate verifiedOn) {

    /** An address: its county-level region (GB/T 2260) and the address as written. */
    record AddressBody(String region, String address) { }

    /** The identity, or null after noting what is wrong. */
    static Identity identity(InputCheck check, String creditCode, String idNumber) {
        boolean hasCode = creditCode != null && !creditCode.isBlank();
        boolean hasId = idNumber != null && !idNumber.isBlank();
        if (hasCode == hasId) {
            check.problem("creditCode", "give either a credit code or an ID number, exactly one");
            return null;
        }
        if (hasCode) {
            CreditCode code = check.field("creditCode", () -> new CreditCode(creditCode));
            return code == null ? null : Identity.of(code);
        }
        var id = Fields.idNumber(check, "idNumber", idNumber);
        return id == null ? null : Identity.of(id);
    }

    Registration toRegistration(InputCheck check, LocalDate today) {
        Identity identity = identity(check, creditCode, idNumber);
        Address address = null;
        if (actualAddress == null) {
            check.problem("actualAddress", "is required: an operator's actual operating address (order 117 art. 8)");
        } else {
            RegionCode region = check.field("actualAddress.region", () -> new RegionCode(actualAddress.region()));
            Fields.text(check, "actualAddress.address", actualAddress.address());
            address = region == null || actualAddress.address() == null || actualAddress.address().isBlank() ? null
                    : new Address(region, actualAddress.address());
        }
        Fields.notAfter(check, "verifiedOn", verifiedOn, today);
        String phone = Fields.phone(check, "contact", contact);
        var details = new AccountDetails(address, null, licences,
                verifiedOn == null ? today : verifiedOn, null, null, null, false, false);
        return new Registration(identity, Fields.text(check, "name", name), Fields.text(check, "account", account), details, phone);
    }
}
