package io.tianping.odr.projection;

import io.tianping.odr.api.ComplaintId;
import io.tianping.sharedkernel.AuditedAggregates;
import io.tianping.sharedkernel.RegionCode;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A complaint's history is read by the regulators of its competent region (the respondent's). */
@Component
class AuditedComplaints implements AuditedAggregates {

    private final ComplaintReads complaints;

    AuditedComplaints(ComplaintReads complaints) {
        this.complaints = complaints;
    }

    @Override
    public String type() {
        return "complaint";
    }

    @Override
    public Set<RegionCode> regionsOf(String aggregateId) {
        ComplaintId id;
        try {
            id = new ComplaintId(aggregateId);
        } catch (IllegalArgumentException notAComplaint) {
            return Set.of();
        }
        return complaints.find(id).map(view -> Set.of(view.region())).orElse(Set.of());
    }
}
