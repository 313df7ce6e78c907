package io.tianping.traceability.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.tianping.traceability.api.ItemCommand.SuspectClone;
import io.tianping.traceability.api.ItemEvent.CloneSuspected;
import io.tianping.traceability.api.ItemId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One serialised item, as an aggregate only once something about it must be on record for auditors: a clone
 * suspicion. Its everyday states (commissioned, decommissioned, destroyed) are rows written by capture, not events here
 * (see the module README, "Why items are rows").
 */
@Aggregate
class Item {

    @AggregateIdentifier
    private ItemId itemId;
    private boolean suspected;

    Item() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(SuspectClone command) {
        if (suspected) {
            return false;
        }
        apply(new CloneSuspected(command.itemId(), command.reason(), command.evidence(), command.product(),
                command.manufacturer(), command.catalogueCode(), command.at()));
        return true;
    }

    @EventSourcingHandler
    void on(CloneSuspected event) {
        itemId = event.itemId();
        suspected = true;
    }
}
