package io.tianping.enforcement.process;

import io.tianping.enforcement.api.SeriousViolationEvent.PartyDelisted;
import io.tianping.enforcement.api.SeriousViolationEvent.PartyListed;
import io.tianping.verification.api.BlockedMerchantId;
import io.tianping.verification.api.MerchantCommand.BlockMerchant;
import io.tianping.verification.api.MerchantCommand.UnblockMerchant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A party on the serious-violation list may not sell: verification intercepts its listings (MERCHANT_LISTED) from
 * the listing until its removal (docs/adr/0003).
 */
@Component
@ProcessingGroup("enforcement-merchant-blocks")
class WhenPartyListedThenBlockMerchant {

    private final CommandGateway commands;

    WhenPartyListedThenBlockMerchant(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(PartyListed event) {
        commands.sendAndWait(new BlockMerchant(new BlockedMerchantId(event.creditCode()), "严重违法失信名单",
                "case " + event.caseId(), event.listedAt()));
    }

    @EventHandler
    @DisallowReplay
    void on(PartyDelisted event) {
        commands.sendAndWait(new UnblockMerchant(new BlockedMerchantId(event.creditCode()),
                "移出严重违法失信名单: " + event.reason(), event.at()));
    }
}
