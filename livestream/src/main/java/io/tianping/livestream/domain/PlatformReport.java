package io.tianping.livestream.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.tianping.livestream.api.ReportCommand.FileSemiannualReport;
import io.tianping.livestream.api.ReportEvent.SemiannualReportFiled;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A platform's semi-annual report of its operators and hosts for one half-year (art. 9); filing again replaces it. */
@Aggregate
class PlatformReport {

    @AggregateIdentifier
    private String reportId;

    PlatformReport() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(FileSemiannualReport c) {
        apply(new SemiannualReportFiled(c.reportId(), c.platform(), c.period(), c.rows(), c.at()));
    }

    @EventSourcingHandler
    void on(SemiannualReportFiled e) {
        reportId = e.reportId();
    }
}
