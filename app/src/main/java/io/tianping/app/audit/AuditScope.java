package io.tianping.app.audit;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateQuery.FindCertificate;
import io.tianping.verification.api.CertificateView;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Who may read which history: auditors everything; a regulator the aggregates of its region (a certificate belongs to
 * the region its holder is registered in); the national regulator everything. Platforms never reach this (security).
 */
@Component
class AuditScope {

    private final QueryGateway queries;

    AuditScope(QueryGateway queries) {
        this.queries = queries;
    }

    boolean mayRead(Actor reader, String aggregateType, String aggregateId) {
        if (reader.role() == Role.AUDITOR) {
            return true;
        }
        if (reader.role() != Role.REGULATOR || reader.region() == null) {
            return false;
        }
        if (reader.region().equals(RegionCode.COUNTRY)) {
            return true;
        }
        return regionOf(aggregateType.toLowerCase(Locale.ROOT), aggregateId)
                .map(region -> region.isWithin(reader.region()))
                .orElse(false);
    }

    private Optional<RegionCode> regionOf(String aggregateType, String aggregateId) {
        if (aggregateType.equals("certificate")) {
            Optional<CertificateView> certificate = queries.query(new FindCertificate(new CertificateNumber(aggregateId)),
                    ResponseTypes.optionalInstanceOf(CertificateView.class)).join();
            return certificate.map(view -> view.holder().creditCode()).map(CreditCode::registrationRegion);
        }
        return Optional.empty();
    }
}
