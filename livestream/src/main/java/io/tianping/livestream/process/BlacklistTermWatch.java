package io.tianping.livestream.process;

import io.tianping.livestream.api.SubjectCommand.EndBlacklist;
import io.tianping.livestream.projection.SubjectDirectory;
import io.tianping.sharedkernel.ChinaTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes subjects off the live-commerce blacklist once their term is over (art. 14: removed at the end of its term).
 * Safe on several nodes at once: ending an ended blacklist changes nothing. Registration does not wait for it: a term
 * that is over no longer refuses anyone.
 */
@Component
public class BlacklistTermWatch {

    private final SubjectDirectory directory;
    private final CommandGateway commands;
    private final Clock clock;

    BlacklistTermWatch(SubjectDirectory directory, CommandGateway commands, Clock clock) {
        this.directory = directory;
        this.commands = commands;
        this.clock = clock;
    }

    /** Ends every blacklist whose term is over; returns how many it ended. */
    @Scheduled(fixedDelayString = "${tianping.livestream.blacklist-scan:PT1H}", initialDelayString = "PT1M")
    public int endExpiredBlacklists() {
        Instant now = clock.instant();
        LocalDate today = ChinaTime.dayOf(now);
        var due = directory.blacklistsEndedBefore(today);
        due.forEach(id -> commands.sendAndWait(new EndBlacklist(id, today, now)));
        return due.size();
    }
}
