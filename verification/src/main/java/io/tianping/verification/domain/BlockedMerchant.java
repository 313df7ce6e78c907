package io.tianping.verification.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.tianping.verification.api.BlockedMerchantId;
import io.tianping.verification.api.MerchantCommand.BlockMerchant;
import io.tianping.verification.api.MerchantCommand.UnblockMerchant;
import io.tianping.verification.api.MerchantEvent.MerchantBlocked;
import io.tianping.verification.api.MerchantEvent.MerchantUnblocked;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.axonframework.commandhandling.CommandHandler;

/** A merchant whose listings are intercepted while another module (enforcement) keeps it on a list. */
@Aggregate
class BlockedMerchant {

    @AggregateIdentifier private BlockedMerchantId id;
    private boolean blocked;

    BlockedMerchant() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BlockMerchant command) {
        if (!blocked) {
            apply(new MerchantBlocked(command.id(), command.reason(), command.reference(), command.at()));
        }
    }

    @CommandHandler
    void handle(UnblockMerchant command) {
        if (blocked) {
            apply(new MerchantUnblocked(command.id(), command.reason(), command.at()));
        }
    }

    @EventSourcingHandler
    void on(MerchantBlocked event) {
        id = event.id();
        blocked = true;
    }

    @EventSourcingHandler
    void on(MerchantUnblocked event) {
        blocked = false;
    }
}
