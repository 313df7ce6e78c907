package io.tianping.enforcement.domain;

import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.DelistingReason;
import io.tianping.enforcement.api.SeriousViolationCommand.ExpireListing;
import io.tianping.enforcement.api.SeriousViolationCommand.ListSeriousViolator;
import io.tianping.enforcement.api.SeriousViolationCommand.RequestEarlyRemoval;
import io.tianping.enforcement.api.SeriousViolationEvent.PartyDelisted;
import io.tianping.enforcement.api.SeriousViolationEvent.PartyListed;
import io.tianping.enforcement.api.SeriousViolationId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A party's entry on the serious-violation list, keyed by its credit code (audit type {@code seriousviolation}).
 * Listed for 3 years; removable on request after 1; listed again after it left, by a new case.
 */
@Aggregate
class SeriousViolation {

    @AggregateIdentifier
    private SeriousViolationId id;
    private boolean listed;
    private CaseId caseId;
    private LocalDate earliestRemovalOn;
    private LocalDate automaticExitOn;

    SeriousViolation() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ListSeriousViolator c) {
        if (listed) {
            return; // a redelivered listing, or a second case while listed: the entry and its periods stay as they are
        }
        apply(new PartyListed(c.creditCode(), c.partyName(), c.caseId(), c.listedAt(),
                LegalClocks.earliestRemoval(c.listedAt()), LegalClocks.automaticExit(c.listedAt())));
    }

    @CommandHandler
    void handle(RequestEarlyRemoval c) {
        if (!listed) {
            throw new EnforcementRuleViolated("party %s is not on the serious-violation list".formatted(c.creditCode()));
        }
        if (LegalClocks.day(c.at()).isBefore(earliestRemovalOn)) {
            throw new EnforcementRuleViolated("party %s can ask to leave the serious-violation list from %s, a year after listing"
                    .formatted(c.creditCode(), earliestRemovalOn));
        }
        apply(new PartyDelisted(c.creditCode(), caseId, DelistingReason.EARLY_REMOVAL, c.reason(), c.at()));
    }

    @CommandHandler
    void handle(ExpireListing c) {
        if (!listed || LegalClocks.day(c.at()).isBefore(automaticExitOn)) {
            return; // a periodic sweep may ask early or twice: only the first call on or after the exit day counts
        }
        apply(new PartyDelisted(c.creditCode(), caseId, DelistingReason.AUTOMATIC_EXIT, null, c.at()));
    }

    @EventSourcingHandler
    void on(PartyListed event) {
        id = SeriousViolationId.of(event.creditCode());
        listed = true;
        caseId = event.caseId();
        earliestRemovalOn = event.earliestRemovalOn();
        automaticExitOn = event.automaticExitOn();
    }

    @EventSourcingHandler
    void on(PartyDelisted event) {
        listed = false;
    }
}
