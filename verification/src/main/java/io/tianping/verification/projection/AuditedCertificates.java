package io.tianping.verification.projection;

import io.tianping.sharedkernel.AuditedAggregates;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateQuery.FindCertificate;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A certificate's history is read by the regulators of the region its holder is registered in. */
@Component
class AuditedCertificates implements AuditedAggregates {

    private final CertificateViewProjection certificates;

    AuditedCertificates(CertificateViewProjection certificates) {
        this.certificates = certificates;
    }

    @Override
    public String type() {
        return "certificate";
    }

    @Override
    public Set<RegionCode> regionsOf(String aggregateId) {
        CertificateNumber number;
        try {
            number = new CertificateNumber(aggregateId);
        } catch (IllegalArgumentException notACertificate) {
            return Set.of();
        }
        return certificates.handle(new FindCertificate(number))
                .map(view -> Set.of(view.holder().creditCode().registrationRegion()))
                .orElse(Set.of());
    }
}
