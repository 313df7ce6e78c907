package io.tianping.app.audit;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateQuery.FindCertificate;
import io.tianping.verification.api.CertificateView;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.CaseQuery.CaseAccess;
import io.tianping.enforcement.api.CaseQuery.FindCaseAccess;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Who may read which history: auditors everything; a regulator the aggregates of its region (a certificate belongs to
 * the region its holder is registered in; a case to its competent region and every region it was shared with); the
 * national regulator everything. Platforms never reach this (security).
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
        String type = aggregateType.toLowerCase(Locale.ROOT);
        if (type.equals("case")) {
            return caseRegions(aggregateId).stream().anyMatch(region -> region.isWithin(reader.region()));
        }
        return regionOf(type, aggregateId)
                .map(region -> region.isWithin(reader.region()))
                .orElse(false);
    }

    /** The competent region of a case and every region it was shared with (assistance, joint cases). */
    private Set<RegionCode> caseRegions(String caseId) {
        Optional<CaseAccess> access = queries.query(new FindCaseAccess(CaseId.of(caseId)),
                ResponseTypes.optionalInstanceOf(CaseAccess.class)).join();
        return access.map(CaseAccess::regions).orElse(Set.of());
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
