package io.tianping.enforcement.web;

import io.tianping.enforcement.api.CaseCommand;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.domain.CaseState;
import io.tianping.enforcement.projection.CaseHistory;
import io.tianping.sharedkernel.InputCheck;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends a case command built from a request (bad fields → 400 naming them) and answers with the case's new stage. */
@Component
class CaseCommands {

    private final CommandGateway commands;
    private final CaseHistory history;
    private final Clock clock;

    CaseCommands(CommandGateway commands, CaseHistory history, Clock clock) {
        this.commands = commands;
        this.history = history;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    CaseStepResponse send(Supplier<? extends CaseCommand> request) {
        var check = new InputCheck();
        CaseCommand command = check.field("", request);
        check.orThrow();
        commands.sendAndWait(command);
        return outcome(command.caseId());
    }

    CaseStepResponse outcome(CaseId caseId) {
        CaseState state = history.current(caseId).orElseThrow();
        return new CaseStepResponse(caseId, state.stage(), state.competentRegion());
    }
}
