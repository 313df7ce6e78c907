package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.AssistanceId;
import io.tianping.enforcement.api.CaseClock;
import io.tianping.enforcement.api.CaseEvent;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.CaseStage;
import io.tianping.enforcement.api.ClueSource;
import io.tianping.enforcement.api.EvidenceId;
import io.tianping.enforcement.api.Party;
import io.tianping.sharedkernel.RegionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A case as its events left it: a pure fold ({@link #apply}) that the case aggregate keeps and that the read side
 * uses to show a case as it stood at any instant ({@link #replay} of the events up to then).
 *
 * @param stage           null only for {@link #empty()}, before the clue was raised
 * @param leadRegion      the lead of a joint case (then also the competent region); null otherwise
 * @param sharedRegions   regions the case is shared with: assistance targets and joint-case participants
 * @param filingExtended  the filing decision was given its 15 extra WD
 * @param decisionClock   null until the case is filed
 * @param penalty         null until a penalty is proposed
 * @param publicity       null until the penalty is published
 * @param police          null unless a crime is suspected
 */
public record CaseState(CaseId caseId, CaseStage stage, ClueSource source, String sourceRef, Party party, String product,
                        String description, Instant raisedAt, RegionCode competentRegion, RegionCode leadRegion,
                        Set<RegionCode> sharedRegions, boolean filingExtended, List<Evidence> evidence,
                        List<Assistance> assistance, List<Deadline> deadlines, DecisionClock decisionClock,
                        Penalty penalty, Publicity publicity, PoliceTransfer police, Instant lastChangedAt) {

    public CaseState {
        sharedRegions = Set.copyOf(sharedRegions);
        evidence = List.copyOf(evidence);
        assistance = List.copyOf(assistance);
        deadlines = List.copyOf(deadlines);
    }

    /** Before the first event. */
    public static CaseState empty() {
        return new CaseState(null, null, null, null, null, null, null, null, null, null, Set.of(), false, List.of(),
                List.of(), List.of(), null, null, null, null, null);
    }

    /** The state after {@code events}, in order, starting from nothing. */
    public static CaseState replay(Iterable<? extends CaseEvent> events) {
        CaseState state = empty();
        for (CaseEvent event : events) {
            state = state.apply(event);
        }
        return state;
    }

    /** The state after one more event. */
    public CaseState apply(CaseEvent event) {
        return new CaseFold(this).apply(event);
    }

    public boolean isEmpty() {
        return stage == null;
    }

    /** The competent region and every region the case is shared with. */
    public Set<RegionCode> regionsWithAccess() {
        Set<RegionCode> regions = new LinkedHashSet<>();
        if (competentRegion != null) {
            regions.add(competentRegion);
        }
        regions.addAll(sharedRegions);
        return regions;
    }

    /** A regulator sees a case that one of its access regions lies within its own region; the national one sees all. */
    public boolean visibleTo(RegionCode regulatorRegion) {
        return !isEmpty() && (RegionCode.COUNTRY.equals(regulatorRegion)
                || regionsWithAccess().stream().anyMatch(region -> region.isWithin(regulatorRegion)));
    }

    public Optional<Evidence> evidence(EvidenceId id) {
        return evidence.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    public Optional<Assistance> assistance(AssistanceId id) {
        return assistance.stream().filter(request -> request.id().equals(id)).findFirst();
    }

    /** The clock, or for {@link CaseClock#ASSISTANCE_ANSWER} one request's clock ({@code assistanceId} null otherwise). */
    public Optional<Deadline> deadline(CaseClock clock, AssistanceId assistanceId) {
        return deadlines.stream().filter(deadline -> deadline.is(clock, assistanceId)).findFirst();
    }

    /** The last day allowed for {@code deadline} as it stands at {@code now} (a running suspension moves the decision's). */
    public LocalDate dueOnAt(Deadline deadline, Instant now) {
        return deadline.clock() == CaseClock.DECISION && decisionClock != null ? decisionClock.dueOnAt(now) : deadline.dueOn();
    }

    /** Open clocks that have run out at {@code now} and were not reported yet, with the due date they ran out on. */
    public List<Deadline> newlyMissedAt(Instant now) {
        return deadlines.stream()
                .filter(deadline -> deadline.isOpen() && !deadline.missed())
                .map(deadline -> deadline.dueOn(dueOnAt(deadline, now)))
                .filter(deadline -> LegalClocks.isPast(deadline.dueOn(), now))
                .toList();
    }

    /** The region that owes the step of {@code deadline}: the assisting region for an answer, else the competent one. */
    public RegionCode owingRegion(Deadline deadline) {
        if (deadline.clock() == CaseClock.ASSISTANCE_ANSWER) {
            return assistance(deadline.assistanceId()).map(Assistance::toRegion).orElse(competentRegion);
        }
        return competentRegion;
    }
}
