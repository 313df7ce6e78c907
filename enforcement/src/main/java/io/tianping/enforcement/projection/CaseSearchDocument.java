package io.tianping.enforcement.projection;

import io.tianping.enforcement.domain.CaseState;
import io.tianping.enforcement.domain.Deadline;
import io.tianping.enforcement.projection.CaseList.CaseRow;
import io.tianping.sharedkernel.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A case as stored in the {@code cases} index: plain strings and dates, so the JSON stays the same whatever the value
 * types of {@code api} become. Field names are the mapping's ({@link CaseSearchMapping}). {@code accessRegions} are
 * the regions whose regulators (and their superiors) may see the case.
 */
record CaseSearchDocument(String caseId, String stage, String source, Company party, String product,
                          String competentRegion, List<String> accessRegions, Instant raisedAt, Instant lastChangedAt,
                          LocalDate nextDueOn, boolean overdue) {

    record Company(String name, String creditCode) {
    }

    static CaseSearchDocument of(CaseState state) {
        LocalDate nextDue = state.deadlines().stream().filter(Deadline::isOpen).map(Deadline::dueOn)
                .min(Comparator.naturalOrder()).orElse(null);
        boolean overdue = state.deadlines().stream().anyMatch(Deadline::isOverdue);
        List<String> access = state.regionsWithAccess().stream().map(RegionCode::value).distinct().sorted().toList();
        return new CaseSearchDocument(state.caseId().value(), state.stage().name(), state.source().name(),
                new Company(state.party().name(), state.party().creditCode().value()), state.product(),
                state.competentRegion().value(), access, state.raisedAt(), state.lastChangedAt(), nextDue, overdue);
    }

    /** The same line {@code GET /api/v1/enforcement/cases} shows for this case. */
    CaseRow row() {
        return new CaseRow(caseId, stage, source, competentRegion, party.name(), party.creditCode(), product, raisedAt,
                nextDueOn, overdue, lastChangedAt);
    }
}
