package io.tianping.enforcement.web;

import io.tianping.sharedkernel.Bounds;
import jakarta.validation.constraints.Size;
import io.tianping.enforcement.api.CaseCommand.AddEvidence;
import io.tianping.enforcement.api.CaseCommand.ExtendDecisionDeadline;
import io.tianping.enforcement.api.CaseCommand.ResumeDecisionClock;
import io.tianping.enforcement.api.CaseCommand.SuspendDecisionClock;
import io.tianping.enforcement.api.CaseCommand.TransferEvidence;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.ClockPause;
import io.tianping.enforcement.api.EvidenceId;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.RegionCode;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

/** Investigation: evidence with its SHA-256 and who supplied it, evidence moving between regions, the decision clock. */
@RestController
@RequestMapping("/api/v1/enforcement/cases/{id}")
class InvestigationController {

    private final CaseCommands commands;
    private final CaseGate gate;

    InvestigationController(CaseCommands commands, CaseGate gate) {
        this.commands = commands;
        this.gate = gate;
    }

    record EvidenceRequest(@Nullable String evidenceId, @Size(max = Bounds.TEXT) String description, String sha256) { }

    record EvidenceTransferRequest(String toRegion) { }

    record ClockPauseRequest(ClockPause kind) { }

    @PostMapping("/evidence")
    CaseStepResponse addEvidence(@PathVariable String id, @RequestBody EvidenceRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        EvidenceId evidenceId = Fields.one("evidenceId", () -> new EvidenceId(
                request.evidenceId() == null ? "E-" + UUID.randomUUID() : request.evidenceId()));
        return commands.send(() -> new AddEvidence(caseId, evidenceId, request.description(), request.sha256(),
                regulator.region(), regulator.id(), commands.now()));
    }

    @PostMapping("/evidence/{evidenceId}/transfer")
    CaseStepResponse transferEvidence(@PathVariable String id, @PathVariable String evidenceId,
                                      @RequestBody EvidenceTransferRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        RegionCode to = Fields.region("toRegion", request.toRegion());
        EvidenceId evidence = Fields.one("evidenceId", () -> new EvidenceId(evidenceId));
        return commands.send(() -> new TransferEvidence(caseId, evidence, to, commands.now()));
    }

    @PostMapping("/decision-clock/pause")
    CaseStepResponse pauseDecisionClock(@PathVariable String id, @RequestBody ClockPauseRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        return commands.send(() -> new SuspendDecisionClock(caseId, request.kind(), commands.now()));
    }

    @PostMapping("/decision-clock/resumption")
    CaseStepResponse resumeDecisionClock(@PathVariable String id, @RequestBody ClockPauseRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        return commands.send(() -> new ResumeDecisionClock(caseId, request.kind(), commands.now()));
    }

    @PostMapping("/decision-extension")
    CaseStepResponse extendDecisionDeadline(@PathVariable String id, @RequestBody ReasonRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        return commands.send(() -> new ExtendDecisionDeadline(caseId, request.reason(), commands.now()));
    }
}
