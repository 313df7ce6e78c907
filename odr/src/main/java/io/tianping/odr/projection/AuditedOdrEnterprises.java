package io.tianping.odr.projection;

import io.tianping.odr.api.OdrEnterpriseId;
import io.tianping.sharedkernel.AuditedAggregates;
import io.tianping.sharedkernel.RegionCode;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * An ODR enterprise's history ({@code odr-<credit code>}) is read by the regulators of its region, which its credit
 * code states, so even an application no projection has seen yet has its region.
 */
@Component
class AuditedOdrEnterprises implements AuditedAggregates {

    @Override
    public String type() {
        return "odr-enterprise";
    }

    @Override
    public Set<RegionCode> regionsOf(String aggregateId) {
        if (!aggregateId.startsWith(OdrEnterpriseId.PREFIX)) {
            return Set.of();
        }
        try {
            return Set.of(OdrEnterpriseId.parse(aggregateId).creditCode().registrationRegion());
        } catch (IllegalArgumentException notAnEnterprise) {
            return Set.of();
        }
    }
}
