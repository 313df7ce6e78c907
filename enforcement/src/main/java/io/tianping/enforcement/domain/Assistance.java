package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.AssistanceId;
import io.tianping.enforcement.api.EvidenceId;
import io.tianping.sharedkernel.RegionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request from the case's region ({@code fromRegion}) to another region ({@code toRegion}) for assistance; the
 * answer fields stay null until it is answered.
 *
 * @param evidence the items the answer brought into the case
 */
public record Assistance(AssistanceId id, RegionCode fromRegion, RegionCode toRegion, String request, Instant requestedAt,
                         LocalDate dueOn, String answer, Instant answeredAt, List<EvidenceId> evidence) {

    public Assistance {
        evidence = List.copyOf(evidence);
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    Assistance answered(String answer, Instant at, List<EvidenceId> evidence) {
        return new Assistance(id, fromRegion, toRegion, request, requestedAt, dueOn, answer, at, evidence);
    }
}
