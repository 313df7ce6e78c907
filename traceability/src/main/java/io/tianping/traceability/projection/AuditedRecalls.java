package io.tianping.traceability.projection;

import io.tianping.sharedkernel.AuditedAggregates;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.traceability.api.RecallId;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A recall's history is read by the regulators of the region its manufacturer is registered in. */
@Component
class AuditedRecalls implements AuditedAggregates {

    private final RecallBook recalls;

    AuditedRecalls(RecallBook recalls) {
        this.recalls = recalls;
    }

    @Override
    public String type() {
        return "recall";
    }

    @Override
    public Set<RegionCode> regionsOf(String aggregateId) {
        RecallId id;
        try {
            id = new RecallId(aggregateId);
        } catch (IllegalArgumentException notARecall) {
            return Set.of();
        }
        var recall = recalls.find(id);
        return recall == null ? Set.of() : Set.of(recall.manufacturer().creditCode().registrationRegion());
    }
}
