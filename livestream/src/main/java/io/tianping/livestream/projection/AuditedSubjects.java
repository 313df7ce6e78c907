package io.tianping.livestream.projection;

import io.tianping.livestream.api.SubjectId;
import io.tianping.sharedkernel.AuditedAggregates;
import io.tianping.sharedkernel.RegionCode;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A subject's history (reveals included) is read by the regulators of every region the subject concerns. */
@Component
class AuditedSubjects implements AuditedAggregates {

    private final SubjectDirectory directory;

    AuditedSubjects(SubjectDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String type() {
        return "subject";
    }

    @Override
    public Set<RegionCode> regionsOf(String aggregateId) {
        try {
            return directory.regionsOf(new SubjectId(aggregateId));
        } catch (IllegalArgumentException notASubject) {
            return Set.of();
        }
    }
}
