package io.tianping.enforcement.web;

import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.domain.CaseState;
import io.tianping.enforcement.projection.CaseHistory;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see and who may act on a case. Auditors see every case; a regulator sees a case when its region contains
 * any region with access (the competent region, regions asked for assistance, joint-case participants); a case a
 * regulator may not see is answered exactly like one that does not exist (404). Only the competent (or lead) region
 * manages the case (403 otherwise).
 */
@Component
class CaseGate {

    private final CaseHistory history;

    CaseGate(CaseHistory history) {
        this.history = history;
    }

    CaseId parse(String id) {
        var check = new InputCheck();
        CaseId caseId = check.field("caseId", () -> new CaseId(id));
        check.orThrow();
        return caseId;
    }

    CaseState visible(Actor reader, String id, Instant asOf) {
        CaseId caseId = parse(id);
        return history.asOf(caseId, asOf)
                .filter(state -> mayRead(reader, state))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + id));
    }

    /** The case, when {@code regulator} may manage it: its region contains the competent or the lead region. */
    CaseState managed(Actor regulator, String id) {
        CaseState state = visible(regulator, id, null);
        if (!manages(regulator, state)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Case %s is managed by region %s; you are region %s"
                    .formatted(id, state.competentRegion(), regulator.region()));
        }
        return state;
    }

    static boolean mayRead(Actor reader, CaseState state) {
        return reader.role() == Role.AUDITOR || (reader.region() != null && state.visibleTo(reader.region()));
    }

    static boolean manages(Actor regulator, CaseState state) {
        RegionCode region = regulator.region();
        return region != null && (state.competentRegion().isWithin(region)
                || (state.leadRegion() != null && state.leadRegion().isWithin(region)));
    }
}
