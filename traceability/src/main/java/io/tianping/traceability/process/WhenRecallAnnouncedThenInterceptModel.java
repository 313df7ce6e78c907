package io.tianping.traceability.process;

import io.tianping.traceability.api.RecallEvent.RecallAnnounced;
import io.tianping.verification.api.CertificateCommand.RecallModel;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A recall reaches the listings: verification is told the model is recalled under its certificate, so its checks
 * intercept the model with RECALLED and the listings bound to it get takedown notices. Repeating it changes nothing.
 */
@Component
@ProcessingGroup("traceability-recall-interceptions")
class WhenRecallAnnouncedThenInterceptModel {

    private final CommandGateway commands;

    WhenRecallAnnouncedThenInterceptModel(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay // rebuilding read models must never recall again
    void on(RecallAnnounced event) {
        commands.sendAndWait(new RecallModel(event.certificateNumber(), event.model(), event.recallId().value(), event.at()));
    }
}
