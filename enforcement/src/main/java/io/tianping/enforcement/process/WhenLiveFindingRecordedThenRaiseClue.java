package io.tianping.enforcement.process;

import io.tianping.enforcement.api.CaseCommand.RaiseClue;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.ClueSource;
import io.tianping.enforcement.api.Party;
import io.tianping.enforcement.config.PlatformRegistry;
import io.tianping.livestream.api.SubjectEvent.FindingRecorded;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A live-commerce monitoring finding becomes a clue in the region livestream routed it to (order 117 art. 47). The
 * party is the organisation found; a person has no credit code to be a party by, so the clue is against the platform
 * operator that hosts the room (and names the finding). The case id comes from the finding: redelivery raises nothing
 * twice.
 */
@Component
@ProcessingGroup("enforcement-livestream-clues")
class WhenLiveFindingRecordedThenRaiseClue {

    private final CommandGateway commands;
    private final PlatformRegistry platforms;

    WhenLiveFindingRecordedThenRaiseClue(CommandGateway commands, PlatformRegistry platforms) {
        this.commands = commands;
        this.platforms = platforms;
    }

    @EventHandler
    @DisallowReplay // rebuilding read models must never raise clues again
    void on(FindingRecorded event) {
        Party party = event.partyCreditCode() != null ? new Party(event.partyName(), event.partyCreditCode())
                : event.platform() != null ? platforms.operatorOf(event.platform()) : null;
        if (party == null) {
            return; // a person on no platform: nobody a clue could be against; the finding stays in livestream
        }
        commands.sendAndWait(new RaiseClue(CaseId.of("livestream-finding", event.findingId()), ClueSource.LIVE_MARKETING,
                event.region(), party, event.sessionId() == null ? event.kind() : "直播场次 " + event.sessionId(),
                "直播电商监测发现（%s）：%s".formatted(event.kind(), event.description()), event.findingId(), event.at()));
    }
}
