package io.tianping.odr.web;

import io.tianping.odr.api.ComplaintCommand;
import io.tianping.odr.api.ComplaintStep;
import io.tianping.odr.domain.ComplaintNotFound;
import io.tianping.sharedkernel.InputCheck;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Sends a complaint command built from a request (bad fields → 400 naming them) and answers where it stands. */
@Component
class ComplaintSteps {

    private final CommandGateway commands;

    ComplaintSteps(CommandGateway commands) {
        this.commands = commands;
    }

    ComplaintStep send(InputCheck check, Supplier<? extends ComplaintCommand> request) {
        check.orThrow();
        ComplaintCommand command = check.field("", request);
        check.orThrow();
        try {
            return commands.sendAndWait(command);
        } catch (ComplaintNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
