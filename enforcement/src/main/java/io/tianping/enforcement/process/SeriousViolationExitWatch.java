package io.tianping.enforcement.process;

import io.tianping.sharedkernel.ChinaTime;
import io.tianping.enforcement.api.SeriousViolationCommand.ExpireListing;
import io.tianping.enforcement.projection.SeriousViolationList;
import io.tianping.sharedkernel.CreditCode;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Takes parties off the serious-violation list when their three years are over (automatic exit). */
@Component
public class SeriousViolationExitWatch {

    private final SeriousViolationList list;
    private final CommandGateway commands;
    private final Clock clock;

    SeriousViolationExitWatch(SeriousViolationList list, CommandGateway commands, Clock clock) {
        this.list = list;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tianping.enforcement.list-scan:PT1H}", initialDelayString = "PT1M")
    public int expireListings() {
        Instant now = clock.instant();
        var due = list.dueForExit(ChinaTime.dayOf(now));
        due.forEach(code -> commands.sendAndWait(new ExpireListing(new CreditCode(code), now)));
        return due.size();
    }
}
