package io.tianping.enforcement.api;

import io.tianping.sharedkernel.RegionCode;
import java.util.Set;

/** Questions other modules may ask enforcement. */
public sealed interface CaseQuery {

    /** Which regions may see a case (its competent region and every region it was shared with); empty when unknown. */
    record FindCaseAccess(CaseId caseId) implements CaseQuery {
    }

    /** The regions with access to a case. */
    record CaseAccess(CaseId caseId, Set<RegionCode> regions) {
    }
}
