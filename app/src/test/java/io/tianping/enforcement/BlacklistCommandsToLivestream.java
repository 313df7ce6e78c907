package io.tianping.enforcement;

import io.tianping.livestream.api.BlacklistIdentity;
import io.tianping.sharedkernel.CreditCode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.CommandHandler;

/** Stands in for livestream, which enforcement's module test does not boot: keeps the blacklist commands it is sent. */
class BlacklistCommandsToLivestream {

    private final List<BlacklistIdentity> received = new CopyOnWriteArrayList<>();

    @CommandHandler
    void handle(BlacklistIdentity command) {
        received.add(command);
    }

    /** The blacklisting livestream was asked for, or null. */
    BlacklistIdentity blacklistOf(CreditCode party) {
        return received.stream().filter(command -> command.creditCode().equals(party)).findFirst().orElse(null);
    }
}
