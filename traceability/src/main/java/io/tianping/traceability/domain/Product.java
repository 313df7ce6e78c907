package io.tianping.traceability.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.tianping.traceability.api.Gtin;
import io.tianping.traceability.api.ProductCommand.RegisterProduct;
import io.tianping.traceability.api.ProductEvent.ProductRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A GTIN a manufacturer registered, bound to the CCC certificate of its model. One GTIN, one manufacturer, for good. */
@Aggregate
class Product {

    @AggregateIdentifier
    private Gtin gtin;
    private ProductRegistered registered;

    Product() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    RegisterOutcome handle(RegisterProduct command) {
        var event = new ProductRegistered(command.gtin(), command.name(), command.model(), command.certificateNumber(),
                command.manufacturer(), command.catalogueCode(), command.productName(), command.at());
        if (registered == null) {
            apply(event);
            return RegisterOutcome.CREATED;
        }
        if (!registered.manufacturer().creditCode().equals(command.manufacturer().creditCode())) {
            throw new TraceabilityRuleViolated("GTIN %s is registered by another manufacturer".formatted(command.gtin()));
        }
        if (registered.name().equals(event.name()) && registered.model().equals(event.model())
                && registered.certificateNumber().equals(event.certificateNumber())) {
            return RegisterOutcome.UNCHANGED;
        }
        throw new TraceabilityRuleViolated("GTIN %s is already registered as %s %s under certificate %s; a GTIN names one product"
                .formatted(gtin, registered.name(), registered.model(), registered.certificateNumber()));
    }

    @EventSourcingHandler
    void on(ProductRegistered event) {
        gtin = event.gtin();
        registered = event;
    }
}
