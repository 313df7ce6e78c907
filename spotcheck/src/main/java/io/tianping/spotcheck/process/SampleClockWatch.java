package io.tianping.spotcheck.process;

import io.tianping.sharedkernel.ChinaTime;
import io.tianping.spotcheck.api.SampleCommand.CheckSampleClocks;
import io.tianping.spotcheck.api.SampleId;
import io.tianping.spotcheck.projection.OpenSamples;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks every sample whose clock ran out to check it: no objection within 15 days makes the result final (and a
 * nonconformity confirmed); a result not delivered within 5 WD is recorded as missed. Safe on several nodes at once.
 */
@Component
public class SampleClockWatch {

    private final OpenSamples samples;
    private final CommandGateway commands;
    private final Clock clock;

    SampleClockWatch(OpenSamples samples, CommandGateway commands, Clock clock) {
        this.samples = samples;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tianping.spotcheck.clock-scan:PT10M}", initialDelayString = "PT30S")
    public int checkDueSamples() {
        Instant now = clock.instant();
        var due = samples.dueBefore(ChinaTime.dayOf(now));
        due.forEach(id -> commands.sendAndWait(new CheckSampleClocks(SampleId.of(id), now)));
        return due.size();
    }
}
