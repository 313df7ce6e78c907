package io.tianping.verification.process;

import io.tianping.verification.api.TakedownCommand.MarkTakedownOverdue;
import io.tianping.verification.api.TakedownNoticeId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks notices not acknowledged by their due time as overdue, which makes them a clue for enforcement. Safe on
 * several nodes at once: marking twice changes nothing.
 */
@Component
public class TakedownDeadlineWatch {

    private final JdbcClient jdbc;
    private final CommandGateway commands;
    private final Clock clock;

    TakedownDeadlineWatch(JdbcClient jdbc, CommandGateway commands, Clock clock) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.clock = clock;
    }

    /** Marks every notice due by now; returns how many it marked. */
    @Scheduled(fixedDelayString = "${tianping.takedown.overdue-scan:PT1M}", initialDelayString = "PT10S")
    public int markOverdueNotices() {
        Instant now = clock.instant();
        var due = jdbc.sql("select id from takedown_notice where status = 'ISSUED' and due_by <= ? order by due_by limit 1000")
                .param(Timestamp.from(now))
                .query((rs, row) -> new TakedownNoticeId(rs.getString(1)))
                .list();
        due.forEach(id -> commands.sendAndWait(new MarkTakedownOverdue(id, now)));
        return due.size();
    }
}
