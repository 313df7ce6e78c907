package io.tianping.app.bench;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.verification.api.CertificateCommand;
import io.tianping.verification.api.CertificateCommand.IssueCertificate;
import io.tianping.verification.api.CertificateCommand.SuspendCertificate;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.Factory;
import io.tianping.verification.api.Party;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch of certificates for {@link ImportController}: each as the body of {@code POST /api/v1/certificates}, then
 * the suspensions to apply after them.
 */
record ImportRequest(List<CertificateBody> certificates, List<SuspensionBody> suspensions) {

    record PartyBody(String name, String creditCode) {
        Party party() {
            return new Party(name, new CreditCode(creditCode));
        }
    }

    record FactoryBody(String name, String address) { }

    record CertificateBody(String number, PartyBody holder, PartyBody manufacturer, FactoryBody factory,
                           String productName, String catalogueCode, List<String> models, List<String> standards,
                           LocalDate issuedOn, LocalDate validUntil) {

        IssueCertificate command(String issuingBody) {
            return new IssueCertificate(new CertificateNumber(number), holder.party(), manufacturer.party(),
                    new Factory(factory.name(), factory.address()), productName, new CatalogueCode(catalogueCode),
                    models, standards, issuedOn, validUntil, issuingBody);
        }
    }

    record SuspensionBody(String number, String reason, LocalDate effectiveOn) { }

    /** The commands, issues first, every one for a certificate of {@code issuingBody}. */
    List<CertificateCommand> commands(String issuingBody) {
        var commands = new ArrayList<CertificateCommand>();
        for (CertificateBody certificate : certificates == null ? List.<CertificateBody>of() : certificates) {
            commands.add(certificate.command(issuingBody));
        }
        for (SuspensionBody suspension : suspensions == null ? List.<SuspensionBody>of() : suspensions) {
            commands.add(new SuspendCertificate(new CertificateNumber(suspension.number()), suspension.reason(),
                    suspension.effectiveOn()));
        }
        for (CertificateCommand command : commands) {
            if (!command.number().bodyCode().equals(issuingBody)) {
                throw new IllegalArgumentException("certificate %s is not body %s's".formatted(command.number(), issuingBody));
            }
        }
        return commands;
    }
}
