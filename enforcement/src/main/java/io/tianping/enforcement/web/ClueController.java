package io.tianping.enforcement.web;

import io.tianping.sharedkernel.Bounds;
import jakarta.validation.constraints.Size;
import io.tianping.enforcement.api.CaseCommand.DecideNotToFile;
import io.tianping.enforcement.api.CaseCommand.ExtendFilingDecision;
import io.tianping.enforcement.api.CaseCommand.FileCase;
import io.tianping.enforcement.api.CaseCommand.RaiseClue;
import io.tianping.enforcement.api.CaseCommand.TransferClue;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.ClueSource;
import io.tianping.enforcement.api.Party;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.RegionCode;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.jspecify.annotations.Nullable;

/** Regulators raise clues, transfer them to the competent region, and decide within 15 working days whether to file. */
@RestController
@RequestMapping("/api/v1/enforcement")
class ClueController {

    private final CaseCommands commands;
    private final CaseGate gate;

    ClueController(CaseCommands commands, CaseGate gate) {
        this.commands = commands;
        this.gate = gate;
    }

    /** The party a clue is about. */
    record CluePartyBody(String name, String creditCode) { }

    record ClueRequest(@Nullable ClueSource source, @Nullable String competentRegion, CluePartyBody party, String product, @Size(max = Bounds.TEXT) String description,
                       @Nullable String reference) { }

    record ClueTransferRequest(String toRegion, @Size(max = Bounds.TEXT) String reason) { }

    @PostMapping("/clues")
    ResponseEntity<CaseStepResponse> raiseClue(@RequestBody ClueRequest request, Actor regulator) {
        var check = new InputCheck();
        RegionCode region = request.competentRegion() == null ? regulator.region()
                : check.field("competentRegion", () -> new RegionCode(request.competentRegion()));
        Party party = party(check, request.party());
        check.orThrow();
        if (!region.isWithin(regulator.region())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "A clue for region %s is raised there, or raised here and transferred".formatted(region));
        }
        CaseId caseId = CaseId.generate();
        var outcome = commands.send(() -> new RaiseClue(caseId, request.source() == null ? ClueSource.REPORT : request.source(),
                region, party, request.product(), request.description(),
                request.reference() == null ? "regulator:" + regulator.id() : request.reference(), commands.now()));
        return ResponseEntity.created(URI.create("/api/v1/enforcement/cases/" + caseId.value())).body(outcome);
    }

    @PostMapping("/cases/{id}/transfer")
    CaseStepResponse transferClue(@PathVariable String id, @RequestBody ClueTransferRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        RegionCode to = Fields.region("toRegion", request.toRegion());
        return commands.send(() -> new TransferClue(caseId, to, request.reason(), commands.now()));
    }

    @PostMapping("/cases/{id}/filing-extension")
    CaseStepResponse extendFilingDecision(@PathVariable String id, @RequestBody ReasonRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        return commands.send(() -> new ExtendFilingDecision(caseId, request.reason(), commands.now()));
    }

    @PostMapping("/cases/{id}/non-filing")
    CaseStepResponse decideNotToFile(@PathVariable String id, @RequestBody ReasonRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        return commands.send(() -> new DecideNotToFile(caseId, request.reason(), commands.now()));
    }

    @PostMapping("/cases/{id}/filing")
    CaseStepResponse fileCase(@PathVariable String id, @RequestBody ReasonRequest request, Actor regulator) {
        CaseId caseId = gate.managed(regulator, id).caseId();
        return commands.send(() -> new FileCase(caseId, request.reason(), commands.now()));
    }

    static Party party(InputCheck check, CluePartyBody body) {
        if (body == null) {
            return check.required("party", null);
        }
        CreditCode creditCode = check.field("party.creditCode", () -> new CreditCode(body.creditCode()));
        return creditCode == null ? null : check.field("party", () -> new Party(body.name(), creditCode));
    }
}
