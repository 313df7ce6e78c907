package io.tianping.odr.process;

import io.tianping.odr.api.ComplaintCommand;
import io.tianping.odr.api.ComplaintCommand.EndMediationAtTimeLimit;
import io.tianping.odr.api.ComplaintCommand.MarkComplaintOverdue;
import io.tianping.odr.projection.ComplaintReads;
import io.tianping.sharedkernel.ChinaTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lets the complaint clocks act by themselves: a complaint left without a record past the enterprise's due day becomes
 * overdue, and a mediation past its 45 working days (not paused for a test) ends without agreement. Safe on several
 * nodes at once: the complaint ignores a mark that is early or repeated.
 */
@Component
public class ComplaintClockWatch {

    private static final Logger log = LoggerFactory.getLogger(ComplaintClockWatch.class);

    private final ComplaintReads complaints;
    private final CommandGateway commands;
    private final Clock clock;

    ComplaintClockWatch(ComplaintReads complaints, CommandGateway commands, Clock clock) {
        this.complaints = complaints;
        this.commands = commands;
        this.clock = clock;
    }

    /** Checks every clock that ran out before today; returns how many complaints it asked. */
    @Scheduled(fixedDelayString = "${tianping.odr.clock-scan:PT10M}", initialDelayString = "PT1M")
    public int checkClocks() {
        Instant now = clock.instant();
        LocalDate today = ChinaTime.dayOf(now);
        var overdue = complaints.overdueAtEnterprise(today);
        overdue.forEach(id -> send(new MarkComplaintOverdue(id, now)));
        var mediations = complaints.mediationsPastTimeLimit(today);
        mediations.forEach(id -> send(new EndMediationAtTimeLimit(id, now)));
        return overdue.size() + mediations.size();
    }

    // one complaint that cannot be handled (e.g. a notice due in a year without a holiday table) must not stop the rest
    private void send(ComplaintCommand command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            log.warn("Clock of complaint {} not applied: {}", command.complaintId(), e.getMessage());
        }
    }
}
