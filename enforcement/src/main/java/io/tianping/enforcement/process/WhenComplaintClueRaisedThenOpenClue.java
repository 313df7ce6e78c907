package io.tianping.enforcement.process;

import io.tianping.enforcement.api.CaseCommand.RaiseClue;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.ClueSource;
import io.tianping.enforcement.api.Party;
import io.tianping.odr.api.ComplaintEvent.ComplaintClueRaised;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A clue a regulator found while handling a consumer complaint becomes a clue in the complaint's region, against the
 * respondent; its filing clock (15 working days, +15) is the complaint rules' art. 23 verification period. The case id
 * comes from the complaint, so redelivery raises nothing twice.
 */
@Component
@ProcessingGroup("enforcement-complaint-clues")
class WhenComplaintClueRaisedThenOpenClue {

    private final CommandGateway commands;

    WhenComplaintClueRaisedThenOpenClue(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay // rebuilding read models must never open cases again
    void on(ComplaintClueRaised event) {
        var product = event.product();
        String described = product.model() == null ? product.name() : "%s %s".formatted(product.name(), product.model());
        String description = "消费者投诉中发现的违法线索：" + event.facts() + (event.note() == null ? "" : "（" + event.note() + "）");
        commands.sendAndWait(new RaiseClue(CaseId.of("complaint", event.complaintId().value()), ClueSource.COMPLAINT,
                event.region(), new Party(event.respondent().name(), event.respondent().creditCode()), described,
                description, event.complaintId().value(), event.at()));
    }
}
