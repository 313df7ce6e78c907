package io.tianping.spotcheck.process;

import io.tianping.spotcheck.api.SampleEvent.NonconformityConfirmed;
import io.tianping.verification.api.InterceptReason;
import io.tianping.verification.api.ListingCommand.InterceptListing;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** A confirmed nonconformity takes the listing off sale: verification intercepts it with SPOT_CHECK_FAILED. */
@Component
@ProcessingGroup("spotcheck-listing-holds")
class WhenNonconformityConfirmedThenHoldListing {

    private final CommandGateway commands;

    WhenNonconformityConfirmedThenHoldListing(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(NonconformityConfirmed event) {
        commands.sendAndWait(new InterceptListing(event.listing(), InterceptReason.SPOT_CHECK_FAILED,
                "spot check sample " + event.sampleId(), event.at()));
    }
}
