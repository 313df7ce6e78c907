package io.tianping.enforcement.process;

import io.tianping.enforcement.api.CaseEvent.PenaltyDecided;
import io.tianping.enforcement.api.SeriousViolationCommand.ListSeriousViolator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** A decision that finds a serious violation (SAMR Order 44) puts the party on the serious-violation list. */
@Component
@ProcessingGroup("enforcement-serious-violations-listing")
class WhenSeriousPenaltyDecidedThenListParty {

    private final CommandGateway commands;

    WhenSeriousPenaltyDecidedThenListParty(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(PenaltyDecided event) {
        if (event.seriousViolation()) {
            commands.sendAndWait(new ListSeriousViolator(event.party().creditCode(), event.party().name(), event.caseId(),
                    event.at()));
        }
    }
}
