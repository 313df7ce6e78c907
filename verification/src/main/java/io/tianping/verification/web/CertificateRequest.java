package io.tianping.verification.web;

import jakarta.validation.constraints.Size;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.verification.api.CertificateCommand.IssueCertificate;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.Factory;
import io.tianping.verification.api.Party;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/certificates} (api.md). */
record CertificateRequest(String number, PartyBody holder, PartyBody manufacturer, FactoryBody factory,
                          String productName, String catalogueCode, @Size(max = 100) List<String> models, @Size(max = 50) @Nullable List<String> standards,
                          LocalDate issuedOn, LocalDate validUntil) {

    record PartyBody(String name, String creditCode) { }

    record FactoryBody(String name, String address) { }

    /** The command this asks for, or {@code InvalidInput} naming every field that is wrong. */
    IssueCertificate toCommand(String issuingBody) {
        var check = new InputCheck();
        var parsedNumber = check.field("number", () -> new CertificateNumber(number));
        var parsedHolder = party(check, "holder", holder);
        var parsedManufacturer = party(check, "manufacturer", manufacturer);
        var parsedFactory = factory == null ? check.required("factory", (Factory) null)
                : check.field("factory", () -> new Factory(factory.name(), factory.address()));
        var parsedCode = check.field("catalogueCode", () -> new CatalogueCode(catalogueCode));
        check.orThrow();
        IssueCertificate command = check.field("", () -> new IssueCertificate(parsedNumber, parsedHolder,
                parsedManufacturer, parsedFactory, productName, parsedCode, models, standards == null ? List.of() : standards,
                issuedOn, validUntil, issuingBody));
        check.orThrow();
        return command;
    }

    private static Party party(InputCheck check, String field, PartyBody body) {
        if (body == null) {
            return check.required(field, null);
        }
        var creditCode = check.field(field + ".creditCode", () -> new CreditCode(body.creditCode()));
        return creditCode == null ? null : check.field(field, () -> new Party(body.name(), creditCode));
    }
}
