package io.tianping.enforcement.projection;

import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.CaseQuery.CaseAccess;
import io.tianping.enforcement.api.CaseQuery.FindCaseAccess;
import io.tianping.sharedkernel.AuditedAggregates;
import io.tianping.sharedkernel.RegionCode;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A case's history is read by the regulators of its competent region and of every region it was shared with. */
@Component
class AuditedCases implements AuditedAggregates {

    private final CaseViewProjection cases;

    AuditedCases(CaseViewProjection cases) {
        this.cases = cases;
    }

    @Override
    public String type() {
        return "case";
    }

    @Override
    public Set<RegionCode> regionsOf(String aggregateId) {
        CaseId caseId;
        try {
            caseId = CaseId.of(aggregateId);
        } catch (IllegalArgumentException notACase) {
            return Set.of();
        }
        return cases.handle(new FindCaseAccess(caseId)).map(CaseAccess::regions).orElse(Set.of());
    }
}
