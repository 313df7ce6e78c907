package io.tianping.verification.domain;

import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.ListingKey;
import io.tianping.verification.api.TakedownCommand.AcknowledgeTakedown;
import io.tianping.verification.api.TakedownCommand.IssueTakedownNotice;
import io.tianping.verification.api.TakedownCommand.MarkTakedownOverdue;
import io.tianping.verification.api.TakedownEvent.TakedownAcknowledged;
import io.tianping.verification.api.TakedownEvent.TakedownNoticeIssued;
import io.tianping.verification.api.TakedownEvent.TakedownNoticeOverdue;
import io.tianping.verification.api.TakedownNoticeId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A notice telling a platform to take a listing down because its certificate left VALID. */
@Aggregate
class TakedownNotice {

    @AggregateIdentifier
    private TakedownNoticeId id;
    private ListingKey listing;
    private CertificateNumber certificateNumber;
    private Instant dueBy;
    private boolean acknowledged;
    private boolean overdue;

    TakedownNotice() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(IssueTakedownNotice command) {
        if (id != null) {
            return; // the id is derived from its cause, so this is the same notice delivered again
        }
        apply(new TakedownNoticeIssued(command.id(), command.listing(), command.certificateNumber(),
                command.reason(), command.issuedAt(), command.dueBy()));
    }

    @CommandHandler
    void handle(AcknowledgeTakedown command) {
        if (!listing.platform().equals(command.platform())) {
            throw new TakedownNoticeNotFound(id, command.platform());
        }
        if (acknowledged) {
            return;
        }
        boolean late = overdue || command.removedAt().isAfter(dueBy);
        apply(new TakedownAcknowledged(id, command.platform(), command.removedAt(), late));
    }

    @CommandHandler
    void handle(MarkTakedownOverdue command) {
        if (acknowledged || overdue || command.at().isBefore(dueBy)) {
            return; // the deadline may fire late, early or twice; only the first real miss counts
        }
        apply(new TakedownNoticeOverdue(id, listing, certificateNumber, dueBy, command.at()));
    }

    @EventSourcingHandler
    void on(TakedownNoticeIssued event) {
        id = event.id();
        listing = event.listing();
        certificateNumber = event.certificateNumber();
        dueBy = event.dueBy();
    }

    @EventSourcingHandler
    void on(TakedownAcknowledged event) {
        acknowledged = true;
    }

    @EventSourcingHandler
    void on(TakedownNoticeOverdue event) {
        overdue = true;
    }
}
