package io.tianping.app.audit;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.AuditedAggregates;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may read which history: auditors and the national regulator everything; a regulator the aggregates whose
 * module says they belong to its region or below ({@link AuditedAggregates}: a certificate to its holder's region, a
 * case to its competent region and every region it was shared with). Platforms never reach this (security).
 */
@Component
class AuditScope {

    private final Map<String, AuditedAggregates> byType;

    AuditScope(List<AuditedAggregates> modules) {
        this.byType = modules.stream().collect(Collectors.toUnmodifiableMap(AuditedAggregates::type, Function.identity()));
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
        AuditedAggregates module = byType.get(aggregateType.toLowerCase(Locale.ROOT));
        return module != null && module.regionsOf(aggregateId).stream().anyMatch(region -> region.isWithin(reader.region()));
    }
}
