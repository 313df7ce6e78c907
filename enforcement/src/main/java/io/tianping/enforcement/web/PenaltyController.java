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
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

    record Proposal(@DecimalMin("0") @DecimalMax(Money.MAX_TEXT) BigDecimal fine, @Size(max = Bounds.TEXT) String grounds) { }

    record Statement(@Size(max = Bounds.TEXT) String statement, boolean hearingRequested) { }

    record Decision(@DecimalMin("0") @DecimalMax(Money.MAX_TEXT) BigDecimal fine, boolean seriousViolation, @Size(max = Bounds.TEXT) String decision) { }

    record Publicity(boolean minor) { }

    record Reason(@Size(max = Bounds.TEXT) String reason) { }

    record PoliceTransfer(String policeUnit, Instant handedOverAt) { }

    @PostMapping("/penalty-proposal")
    Map<String, Object> propose(@PathVariable String id, @RequestBody Proposal request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        Money fine = Fields.money("fine", request.fine());
        return commands.send(() -> new ProposePenalty(caseId, fine, request.grounds(), commands.now()));
    }

    @PostMapping("/statement")
    Map<String, Object> statement(@PathVariable String id, @RequestBody Statement request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        return commands.send(() -> new RecordStatement(caseId, request.statement(), request.hearingRequested(), commands.now()));
    }

    @PostMapping("/decision")
    Map<String, Object> decide(@PathVariable String id, @RequestBody Decision request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        Money fine = Fields.money("fine", request.fine());
        return commands.send(() -> new DecidePenalty(caseId, fine, request.seriousViolation(), request.decision(),
                commands.now()));
    }

    @PostMapping("/publicity")
    Map<String, Object> publish(@PathVariable String id, @RequestBody Publicity request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        return commands.send(() -> new PublishPenalty(caseId, request.minor(), commands.now()));
    }

    @PostMapping("/closure")
    Map<String, Object> close(@PathVariable String id, @RequestBody Reason request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        return commands.send(() -> new CloseCase(caseId, request.reason(), commands.now()));
    }

    @PostMapping("/crime-suspicion")
    Map<String, Object> suspectCrime(@PathVariable String id, @RequestBody Reason request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        return commands.send(() -> new SuspectCrime(caseId, request.reason(), commands.now()));
    }

    @PostMapping("/police-transfer")
    Map<String, Object> transferToPolice(@PathVariable String id, @RequestBody PoliceTransfer request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        Instant now = commands.now();
        return commands.send(() -> new TransferToPolice(caseId, request.policeUnit(), now,
                request.handedOverAt() == null ? now : request.handedOverAt()));
    }
}
