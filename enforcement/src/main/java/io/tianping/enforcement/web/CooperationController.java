package io.tianping.enforcement.web;

import io.tianping.sharedkernel.Bounds;
import jakarta.validation.constraints.Size;
import io.tianping.enforcement.api.AssistanceId;
import io.tianping.enforcement.api.CaseCommand.AnswerAssistance;
import io.tianping.enforcement.api.CaseCommand.FormJointCase;
import io.tianping.enforcement.api.CaseCommand.RequestAssistance;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.CaseStage;
import io.tianping.enforcement.api.EvidenceItem;
import io.tianping.enforcement.domain.Assistance;
import io.tianping.enforcement.domain.CaseState;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.RegionCode;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.jspecify.annotations.Nullable;

/**
 * Regions working one case: the managing region asks another for assistance (answer due in 15 WD, and the case is
 * shared with it), the asked region answers with evidence that keeps its digest, and cases become joint cases.
 */
@RestController
@RequestMapping("/api/v1/enforcement/cases/{id}")
class CooperationController {

    private final CaseCommands commands;
    private final CaseGate gate;

    CooperationController(CaseCommands commands, CaseGate gate) {
        this.commands = commands;
        this.gate = gate;
    }

    record AssistanceRequest(String toRegion, @Size(max = Bounds.TEXT) String request) { }

    /** What every case step answers, plus the new request's id (answered at {@code .../assistance/{assistanceId}/answer}). */
    record AssistanceRequestResponse(CaseId caseId, CaseStage stage, RegionCode competentRegion,
                                     AssistanceId assistanceId) { }

    record AssistanceAnswerRequest(@Size(max = Bounds.TEXT) String answer, @Size(max = 100) @Nullable List<EvidenceBody> evidence) { }

    record EvidenceBody(String sha256, @Size(max = Bounds.TEXT) String description) { }

    record JointCaseRequest(String leadRegion, @Size(max = 50) List<String> participants) { }

    @PostMapping("/assistance")
    ResponseEntity<AssistanceRequestResponse> requestAssistance(@PathVariable String id,
                                                                @RequestBody AssistanceRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        RegionCode to = Fields.region("toRegion", request.toRegion());
        AssistanceId assistanceId = AssistanceId.of(UUID.randomUUID().toString());
        CaseStepResponse step = commands.send(() ->
                new RequestAssistance(caseId, assistanceId, to, request.request(), commands.now()));
        var outcome = new AssistanceRequestResponse(step.caseId(), step.stage(), step.competentRegion(), assistanceId);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/cases/%s/assistance/%s"
                .formatted(caseId.value(), assistanceId.value()))).body(outcome);
    }

    /** Answered by a regulator of the region that was asked. */
    @PostMapping("/assistance/{assistanceId}/answer")
    CaseStepResponse answerAssistance(@PathVariable String id, @PathVariable String assistanceId,
                                      @RequestBody AssistanceAnswerRequest request, Actor regulator) {
        CaseState state = gate.visible(regulator, id, null);
        AssistanceId parsed = Fields.one("assistanceId", () -> AssistanceId.of(assistanceId));
        Assistance asked = state.assistance(parsed)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No assistance request " + assistanceId));
        if (regulator.region() == null || !asked.toRegion().isWithin(regulator.region())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Region %s was asked, not you".formatted(asked.toRegion()));
        }
        var check = new InputCheck();
        List<EvidenceItem> evidence = request.evidence() == null ? List.of() : request.evidence().stream()
                .map(item -> check.field("evidence", () -> new EvidenceItem(item.sha256(), item.description()))).toList();
        check.orThrow();
        return commands.send(() -> new AnswerAssistance(state.caseId(), parsed, request.answer(), evidence, commands.now()));
    }

    @PostMapping("/joint")
    CaseStepResponse formJointCase(@PathVariable String id, @RequestBody JointCaseRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        RegionCode lead = Fields.region("leadRegion", request.leadRegion());
        Set<RegionCode> participants = new LinkedHashSet<>();
        if (request.participants() != null) {
            for (String participant : request.participants()) {
                participants.add(Fields.region("participants", participant));
            }
        }
        return commands.send(() -> new FormJointCase(caseId, lead, participants, commands.now()));
    }
}
