package io.tianping.verification.projection;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.verification.api.CertificateEvent.CertificateIssued;
import io.tianping.verification.api.CertificateEvent.StatusChanged;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.CertificateView;
import io.tianping.verification.api.Factory;
import io.tianping.verification.api.Party;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A certificate as stored in the {@code certificates} index: plain strings and dates, so the JSON stays the same
 * whatever the value types of {@code api} become. Field names are the mapping's ({@link CertificateSearchMapping}).
 */
record CertificateSearchDocument(String number, CertificateStatus status, Company holder, Company manufacturer,
                                 Site factory, String productName, String catalogueCode, List<String> models,
                                 List<String> standards, LocalDate issuedOn, LocalDate validUntil, String issuingBody,
                                 String statusReason, Instant statusChangedAt) {

    record Company(String name, String creditCode) {
        static Company of(Party party) {
            return new Company(party.name(), party.creditCode().value());
        }

        Party party() {
            return new Party(name, new CreditCode(creditCode));
        }
    }

    record Site(String name, String address) {
    }

    static CertificateSearchDocument issued(CertificateIssued e, Instant at) {
        Site factory = e.factory() == null ? null : new Site(e.factory().name(), e.factory().address());
        return new CertificateSearchDocument(e.number().value(), CertificateStatus.VALID, Company.of(e.holder()),
                Company.of(e.manufacturer()), factory, e.productName(), e.catalogueCode().value(), e.models(),
                e.standards(), e.issuedOn(), e.validUntil(), e.issuingBody(), null, at);
    }

    CertificateSearchDocument changed(StatusChanged e, Instant at) {
        return new CertificateSearchDocument(number, e.status(), holder, manufacturer, factory, productName,
                catalogueCode, models, standards, issuedOn, validUntil, issuingBody, e.reason(), at);
    }

    /** The certificate as readers see it on {@code today}. */
    CertificateView view(LocalDate today) {
        return new CertificateView(new CertificateNumber(number), status, holder.party(), manufacturer.party(),
                factory == null ? null : new Factory(factory.name(), factory.address()), productName,
                new CatalogueCode(catalogueCode), models, standards, issuedOn, validUntil, issuingBody, statusReason,
                statusChangedAt).asOf(today);
    }
}
