package io.tianping.enforcement.web;

import io.tianping.sharedkernel.Bounds;
import jakarta.validation.constraints.Size;
import io.tianping.enforcement.api.SeriousViolationCommand.RequestEarlyRemoval;
import io.tianping.enforcement.projection.SeriousViolationList;
import io.tianping.enforcement.projection.SeriousViolationList.SeriousViolationEntry;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.CreditCode;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The serious-violation list: who is on it, and early removal after a year when the party met its obligations. */
@RestController
@RequestMapping("/api/v1/enforcement/serious-violations")
class SeriousViolationController {

    private final SeriousViolationList list;
    private final CommandGateway commands;
    private final Clock clock;

    SeriousViolationController(SeriousViolationList list, CommandGateway commands, Clock clock) {
        this.list = list;
        this.commands = commands;
        this.clock = clock;
    }

    record EarlyRemovalRequest(@Size(max = Bounds.TEXT) String reason) { }

    /** The party, now {@code REMOVED} from the list. */
    record EarlyRemovalResponse(CreditCode creditCode, String status) { }

    @GetMapping
    List<SeriousViolationEntry> listSeriousViolations() {
        return list.listed();
    }

    @PostMapping("/{creditCode}/early-removal")
    EarlyRemovalResponse removeSeriousViolationEarly(@PathVariable String creditCode, @RequestBody EarlyRemovalRequest request, Actor regulator) {
        CreditCode party = Fields.one("creditCode", () -> new CreditCode(creditCode));
        RequestEarlyRemoval command = Fields.one("", () -> new RequestEarlyRemoval(party, request.reason(), clock.instant()));
        commands.sendAndWait(command);
        return new EarlyRemovalResponse(party, "REMOVED");
    }
}
