package io.tianping.enforcement.process;

import io.tianping.enforcement.api.CaseCommand.RaiseClue;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.ClueSource;
import io.tianping.enforcement.api.Party;
import io.tianping.traceability.api.ItemEvent.CloneSuspected;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A code scanned like a clone (traceability) becomes a counterfeit clue in the region its producer is registered in,
 * the producer named as the party whose product is copied. One clue per item: the id is made from it.
 */
@Component
@ProcessingGroup("enforcement-traceability-clues")
class WhenCloneSuspectedThenRaiseClue {

    private final CommandGateway commands;

    WhenCloneSuspectedThenRaiseClue(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay // rebuilding read models must never open cases again
    void on(CloneSuspected event) {
        commands.sendAndWait(new RaiseClue(CaseId.of("traceability-clone", event.itemId().toString()),
                ClueSource.COUNTERFEIT_SCAN, event.manufacturer().creditCode().registrationRegion(),
                new Party(event.manufacturer().name(), event.manufacturer().creditCode()), event.product(),
                "扫码发现疑似仿冒（克隆码）：" + event.evidence(), event.itemId().toString(), event.at()));
    }
}
