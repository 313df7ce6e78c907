package io.tianping.traceability.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.tianping.sharedkernel.ChinaTime;
import io.tianping.traceability.api.RecallCommand.AnnounceRecall;
import io.tianping.traceability.api.RecallCommand.ReportRecallProgress;
import io.tianping.traceability.api.RecallEvent.RecallAnnounced;
import io.tianping.traceability.api.RecallEvent.RecallProgressReported;
import io.tianping.traceability.api.RecallId;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A product recall and its monthly progress reports (SAMR order 19). */
@Aggregate
class Recall {

    private static final ZoneId CHINA = ChinaTime.ZONE;

    @AggregateIdentifier
    private RecallId recallId;
    private YearMonth announced;
    private final Set<YearMonth> reported = new HashSet<>();

    Recall() {
        // for Axon
    }

    @CommandHandler
    Recall(AnnounceRecall command) {
        apply(new RecallAnnounced(command.recallId(), command.gtin(), command.lots(), command.hazard(), command.remedy(),
                command.certificateNumber(), command.model(), command.manufacturer(), command.orderedBy(),
                command.affectedUnits(), command.at()));
    }

    @CommandHandler
    void handle(ReportRecallProgress command) {
        if (command.month().isBefore(announced)) {
            throw new TraceabilityRuleViolated("recall %s was announced in %s; it has no report for %s"
                    .formatted(recallId, announced, command.month()));
        }
        if (command.month().isAfter(YearMonth.from(command.at().atZone(CHINA)))) {
            throw new TraceabilityRuleViolated("the report for %s cannot be made before that month".formatted(command.month()));
        }
        if (reported.contains(command.month())) {
            throw new TraceabilityRuleViolated("recall %s already has its report for %s".formatted(recallId, command.month()));
        }
        apply(new RecallProgressReported(recallId, command.month(), command.corrected(), command.reportedBy(), command.at()));
    }

    @EventSourcingHandler
    void on(RecallAnnounced event) {
        recallId = event.recallId();
        announced = YearMonth.from(event.at().atZone(CHINA));
    }

    @EventSourcingHandler
    void on(RecallProgressReported event) {
        reported.add(event.month());
    }
}
