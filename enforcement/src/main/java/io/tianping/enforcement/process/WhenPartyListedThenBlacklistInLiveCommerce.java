package io.tianping.enforcement.process;

import io.tianping.enforcement.api.SeriousViolationEvent.PartyListed;
import io.tianping.livestream.api.BlacklistIdentity;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A party on the serious-violation list is blacklisted in live commerce too, on every platform and account, until its
 * automatic exit from the list (order 117 art. 14; docs/architecture.md).
 */
@Component
@ProcessingGroup("enforcement-livestream-blacklist")
class WhenPartyListedThenBlacklistInLiveCommerce {

    static final String APPEAL_ROUTE = "依法申请行政复议或者提起行政诉讼；信用修复向作出列入决定的市场监督管理部门申请";

    private final CommandGateway commands;

    WhenPartyListedThenBlacklistInLiveCommerce(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(PartyListed event) {
        commands.sendAndWait(new BlacklistIdentity(event.creditCode(), event.partyName(), "列入严重违法失信名单",
                event.automaticExitOn(), APPEAL_ROUTE, "case " + event.caseId(), event.listedAt()));
    }
}
