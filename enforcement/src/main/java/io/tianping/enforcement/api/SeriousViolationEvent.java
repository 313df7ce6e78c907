package io.tianping.enforcement.api;

import io.tianping.sharedkernel.CreditCode;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What happened to a party's entry on the serious-violation list. Stored in the event store: never rename or move
 * one without an upcaster.
 */
public sealed interface SeriousViolationEvent {

    CreditCode creditCode();

    /**
     * The party is on the list because of {@code caseId}; it may ask to be removed from {@code earliestRemovalOn}
     * and leaves automatically on {@code automaticExitOn} (dates in China time).
     */
    @Revision("1")
    record PartyListed(CreditCode creditCode, String partyName, CaseId caseId, Instant listedAt,
                       LocalDate earliestRemovalOn, LocalDate automaticExitOn) implements SeriousViolationEvent {
    }

    /** The party left the list, early on request or automatically; {@code note} is the request's reason, if any. */
    @Revision("1")
    record PartyDelisted(CreditCode creditCode, CaseId caseId, DelistingReason reason, String note, Instant at)
            implements SeriousViolationEvent {
    }
}
