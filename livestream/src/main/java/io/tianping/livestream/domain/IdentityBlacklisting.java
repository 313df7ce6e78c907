package io.tianping.livestream.domain;

import io.tianping.livestream.api.BlacklistIdentity;
import io.tianping.livestream.api.Identity;
import io.tianping.livestream.api.SubjectCommand.BlacklistSubject;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Turns enforcement's "blacklist this credit code" into the subject's blacklist: the caller knows the identity, not
 * the subject id (which only this module can derive).
 */
public class IdentityBlacklisting {

    private final SubjectIds ids;
    private final CommandGateway commands;

    public IdentityBlacklisting(SubjectIds ids, CommandGateway commands) {
        this.ids = ids;
        this.commands = commands;
    }

    @CommandHandler
    void handle(BlacklistIdentity c) {
        Identity identity = Identity.of(c.creditCode());
        commands.sendAndWait(new BlacklistSubject(ids.of(identity), identity, c.name(), c.reason(), c.until(),
                c.appealRoute(), c.reference(), c.at()));
    }
}
