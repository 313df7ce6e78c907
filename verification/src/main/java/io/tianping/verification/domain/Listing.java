package io.tianping.verification.domain;

import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.ListingCommand.BindListing;
import io.tianping.verification.api.ListingEvent.ListingBound;
import io.tianping.verification.api.ListingKey;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A platform's listing and the certificate it last passed a check with. */
@Aggregate
class Listing {

    @AggregateIdentifier
    private ListingKey key;
    private CertificateNumber certificateNumber;

    Listing() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BindListing command) {
        if (command.certificateNumber().equals(certificateNumber)) {
            return; // checked again against the same certificate: nothing new to remember
        }
        apply(new ListingBound(command.key(), command.certificateNumber(), command.merchant(),
                command.catalogueCode(), command.model(), command.boundAt()));
    }

    @EventSourcingHandler
    void on(ListingBound event) {
        key = event.key();
        certificateNumber = event.certificateNumber();
    }
}
