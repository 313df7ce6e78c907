package io.tianping.enforcement.process;

import io.tianping.sharedkernel.ChinaTime;
import io.tianping.enforcement.api.CaseCommand.CheckCaseClocks;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.projection.CaseList;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks every case whose next legal clock has run out to check its clocks; the case records each missed deadline once
 * ({@code CaseDeadlineMissed}), which puts it on its region's overdue list. Safe on several nodes at once.
 */
@Component
public class CaseClockWatch {

    private final CaseList cases;
    private final CommandGateway commands;
    private final Clock clock;

    CaseClockWatch(CaseList cases, CommandGateway commands, Clock clock) {
        this.cases = cases;
        this.commands = commands;
        this.clock = clock;
    }

    /** Checks every case due before today; returns how many it asked. */
    @Scheduled(fixedDelayString = "${tianping.enforcement.clock-scan:PT10M}", initialDelayString = "PT30S")
    public int checkDueCases() {
        Instant now = clock.instant();
        var due = cases.dueBy(ChinaTime.dayOf(now));
        due.forEach(id -> commands.sendAndWait(new CheckCaseClocks(CaseId.of(id), now)));
        return due.size();
    }
}
