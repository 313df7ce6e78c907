package io.tianping.enforcement.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import io.tianping.sharedkernel.Bounds;
import jakarta.validation.constraints.Size;
import io.tianping.enforcement.api.CaseCommand.CloseCase;
import io.tianping.enforcement.api.CaseCommand.DecidePenalty;
import io.tianping.enforcement.api.CaseCommand.ProposePenalty;
import io.tianping.enforcement.api.CaseCommand.PublishPenalty;
import io.tianping.enforcement.api.CaseCommand.RecordStatement;
import io.tianping.enforcement.api.CaseCommand.SuspectCrime;
import io.tianping.enforcement.api.CaseCommand.TransferToPolice;
import io.tianping.enforcement.api.CaseId;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

/**
 * From the proposed penalty to closure: notice, statement or hearing request (5 WD), decision (90 days of filing),
 * publicity (20 WD of the decision); and the transfer to police when a crime is suspected.
 */
@RestController
@RequestMapping("/api/v1/enforcement/cases/{id}")
class PenaltyController {

    private final CaseCommands commands;
    private final CaseGate gate;

    PenaltyController(CaseCommands commands, CaseGate gate) {
        this.commands = commands;
        this.gate = gate;
    }

    record PenaltyProposalRequest(@DecimalMin("0") @DecimalMax(Money.MAX_TEXT) BigDecimal fine, @Size(max = Bounds.TEXT) String grounds) { }

    record StatementRequest(@Size(max = Bounds.TEXT) String statement, boolean hearingRequested) { }

    record PenaltyDecisionRequest(@DecimalMin("0") @DecimalMax(Money.MAX_TEXT) BigDecimal fine, boolean seriousViolation, @Size(max = Bounds.TEXT) String decision) { }

    record PublicityRequest(boolean minor) { }

    record PoliceTransferRequest(String policeUnit, @Nullable Instant handedOverAt) { }

    @PostMapping("/penalty-proposal")
    CaseStepResponse proposePenalty(@PathVariable String id, @RequestBody PenaltyProposalRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        Money fine = Fields.money("fine", request.fine());
        return commands.send(() -> new ProposePenalty(caseId, fine, request.grounds(), commands.now()));
    }

    @PostMapping("/statement")
    CaseStepResponse recordStatement(@PathVariable String id, @RequestBody StatementRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        return commands.send(() -> new RecordStatement(caseId, request.statement(), request.hearingRequested(), commands.now()));
    }

    @PostMapping("/decision")
    CaseStepResponse decidePenalty(@PathVariable String id, @RequestBody PenaltyDecisionRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        Money fine = Fields.money("fine", request.fine());
        return commands.send(() -> new DecidePenalty(caseId, fine, request.seriousViolation(), request.decision(),
                commands.now()));
    }

    @PostMapping("/publicity")
    CaseStepResponse publishPenalty(@PathVariable String id, @RequestBody PublicityRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        return commands.send(() -> new PublishPenalty(caseId, request.minor(), commands.now()));
    }

    @PostMapping("/closure")
    CaseStepResponse closeCase(@PathVariable String id, @RequestBody ReasonRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        return commands.send(() -> new CloseCase(caseId, request.reason(), commands.now()));
    }

    @PostMapping("/crime-suspicion")
    CaseStepResponse suspectCrime(@PathVariable String id, @RequestBody ReasonRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        return commands.send(() -> new SuspectCrime(caseId, request.reason(), commands.now()));
    }

    @PostMapping("/police-transfer")
    CaseStepResponse transferCaseToPolice(@PathVariable String id, @RequestBody PoliceTransferRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        Instant now = commands.now();
        return commands.send(() -> new TransferToPolice(caseId, request.policeUnit(), now,
                request.handedOverAt() == null ? now : request.handedOverAt()));
    }
}
