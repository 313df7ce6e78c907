package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.AssistanceId;
import io.tianping.enforcement.api.CaseStage;
import io.tianping.enforcement.api.EvidenceId;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.RegionCode;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The rules of order of a case (stages, regions, evidence, assistance, the police): each check passes, returning the
 * guard to chain the next, or refuses the command. The clocks' rules are {@link ClockGuard}'s.
 */
final class CaseGuard {

    private final CaseState state;

    CaseGuard(CaseState state) {
        this.state = state;
    }

    CaseGuard stage(String what, CaseStage... allowed) {
        if (!Arrays.asList(allowed).contains(state.stage())) {
            throw refuse("case %s is %s; only a case that is %s can %s", state.caseId(), state.stage(), either(allowed), what);
        }
        return this;
    }

    CaseGuard notFinal(String what) {
        if (state.stage().isFinal()) {
            throw refuse("case %s is %s, which is final; it cannot %s", state.caseId(), state.stage(), what);
        }
        return this;
    }

    CaseGuard notWith(RegionCode region) {
        if (region.equals(state.competentRegion())) {
            throw refuse("case %s already belongs to region %s", state.caseId(), region);
        }
        return this;
    }

    CaseGuard newEvidence(EvidenceId id) {
        if (state.evidence(id).isPresent()) {
            throw refuse("case %s already has evidence %s", state.caseId(), id);
        }
        return this;
    }

    Evidence existingEvidence(EvidenceId id, RegionCode to) {
        Evidence item = state.evidence(id).orElseThrow(() -> refuse("case %s has no evidence %s", state.caseId(), id));
        if (item.holder().equals(to)) {
            throw refuse("evidence %s of case %s is already held by region %s", id, state.caseId(), to);
        }
        return item;
    }

    CaseGuard newAssistance(AssistanceId id) {
        if (state.assistance(id).isPresent()) {
            throw refuse("case %s already has assistance request %s", state.caseId(), id);
        }
        return this;
    }

    Assistance openAssistance(AssistanceId id) {
        Assistance request = state.assistance(id).orElseThrow(() -> refuse("case %s has no assistance request %s", state.caseId(), id));
        if (!request.isOpen()) {
            throw refuse("assistance request %s of case %s was already answered on %s", id, state.caseId(), request.answeredAt());
        }
        return request;
    }

    CaseGuard notJoint() {
        if (state.leadRegion() != null) {
            throw refuse("case %s is already a joint case led by %s", state.caseId(), state.leadRegion());
        }
        return this;
    }

    CaseGuard competentRegionTakesPart(RegionCode lead, Set<RegionCode> participants) {
        if (!lead.equals(state.competentRegion()) && !participants.contains(state.competentRegion())) {
            throw refuse("region %s, which has case %s, must lead the joint case or take part in it", state.competentRegion(), state.caseId());
        }
        return this;
    }

    CaseGuard notHeavierThanProposed(Money fine) {
        if (fine.compareTo(state.penalty().proposedFine()) > 0) {
            throw refuse("a fine of %s is heavier than the %s proposed to the party in case %s; serve a new notice first", fine,
                    state.penalty().proposedFine(), state.caseId());
        }
        return this;
    }

    CaseGuard notYetSuspected() {
        if (state.police() != null) {
            throw refuse("a crime was already suspected in case %s at %s", state.caseId(), state.police().suspectedAt());
        }
        return this;
    }

    CaseGuard suspectedBefore(Instant decidedAt) {
        if (state.police() == null) {
            throw refuse("case %s can only be transferred to the police after a crime is suspected", state.caseId());
        }
        if (decidedAt.isBefore(state.police().suspectedAt())) {
            throw refuse("the transfer of case %s cannot be decided at %s, before the crime was suspected at %s", state.caseId(),
                    decidedAt, state.police().suspectedAt());
        }
        return this;
    }

    /** A fine does not replace the transfer to the police. */
    CaseGuard noCrimePending() {
        if (state.police() != null && !state.police().isTransferred()) {
            throw refuse("a crime was suspected in case %s at %s; it must be transferred to the police, a fine does not replace that",
                    state.caseId(), state.police().suspectedAt());
        }
        return this;
    }

    private static String either(CaseStage... allowed) {
        List<String> names = Arrays.stream(allowed).map(Enum::name).toList();
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }

    private static EnforcementRuleViolated refuse(String message, Object... args) {
        return EnforcementRuleViolated.because(message, args);
    }
}
