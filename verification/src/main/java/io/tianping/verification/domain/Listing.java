package io.tianping.verification.domain;

import io.tianping.verification.api.CertificateNumber;
import io.tianping.sharedkernel.Money;
import io.tianping.verification.api.InterceptReason;
import io.tianping.verification.api.ListingCommand.BindListing;
import io.tianping.verification.api.ListingCommand.InterceptListing;
import io.tianping.verification.api.ListingCommand.ReleaseListing;
import io.tianping.verification.api.ListingEvent.ListingIntercepted;
import io.tianping.verification.api.ListingEvent.ListingReleased;
import java.util.EnumSet;
import java.util.Set;
import io.tianping.verification.api.ListingEvent.ListingBound;
import io.tianping.verification.api.ListingKey;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A platform's listing: the certificate and price it last passed a check with, and what holds it off sale. */
@Aggregate
class Listing {

    @AggregateIdentifier
    private ListingKey key;
    private CertificateNumber certificateNumber;
    private Money price;
    private final Set<InterceptReason> holds = EnumSet.noneOf(InterceptReason.class);

    Listing() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BindListing command) {
        if (command.certificateNumber().equals(certificateNumber) && command.price().equals(price)) {
            return; // checked again against the same certificate at the same price: nothing new to remember
        }
        apply(new ListingBound(command.key(), command.certificateNumber(), command.merchant(),
                command.catalogueCode(), command.model(), command.boundAt(), command.price()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(InterceptListing command) {
        if (!holds.contains(command.reason())) {
            apply(new ListingIntercepted(command.key(), command.reason(), command.reference(), command.at()));
        }
    }

    @CommandHandler
    void handle(ReleaseListing command) {
        if (holds.contains(command.reason())) {
            apply(new ListingReleased(command.key(), command.reason(), command.note(), command.at()));
        }
    }

    @EventSourcingHandler
    void on(ListingBound event) {
        key = event.key();
        certificateNumber = event.certificateNumber();
        price = event.price();
    }

    @EventSourcingHandler
    void on(ListingIntercepted event) {
        key = event.key();
        holds.add(event.reason());
    }

    @EventSourcingHandler
    void on(ListingReleased event) {
        holds.remove(event.reason());
    }
}
