package io.tianping.enforcement.process;

import io.tianping.enforcement.api.CaseCommand.RaiseClue;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.ClueSource;
import io.tianping.enforcement.config.PlatformRegistry;
import io.tianping.verification.api.TakedownEvent.TakedownNoticeOverdue;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A takedown notice its platform left unacknowledged past the deadline becomes a clue against the platform operator,
 * for the regulator of the platform's region. The case id comes from the notice, so redelivery raises nothing twice.
 */
@Component
@ProcessingGroup("enforcement-takedown-clues")
class WhenTakedownNoticeOverdueThenRaiseClue {

    private final CommandGateway commands;
    private final PlatformRegistry platforms;

    WhenTakedownNoticeOverdueThenRaiseClue(CommandGateway commands, PlatformRegistry platforms) {
        this.commands = commands;
        this.platforms = platforms;
    }

    @EventHandler
    @DisallowReplay // rebuilding read models must never raise clues again
    void on(TakedownNoticeOverdue event) {
        var platform = event.listing().platform();
        commands.sendAndWait(new RaiseClue(CaseId.forTakedown(event.id()), ClueSource.OVERDUE_TAKEDOWN,
                platforms.regionOf(platform), platforms.operatorOf(platform),
                "listing %s (certificate %s)".formatted(event.listing().listingId(), event.certificateNumber()),
                "平台未在期限 %s 前确认下架通知 %s 所涉商品".formatted(event.dueBy(), event.id()),
                event.id().value(), event.at()));
    }
}
