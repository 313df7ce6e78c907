package io.tianping.traceability.api;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.verification.api.Party;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** What happened to one serialised item. Stored in the event store: never rename or move one without an upcaster. */
public sealed interface ItemEvent {

    ItemId itemId();

    /**
     * Scans of this item suggest copies of its code (a counterfeit clue): its passport says CLONE_SUSPECTED, and
     * enforcement opens a clue in its manufacturer's region.
     */
    @Revision("1")
    record CloneSuspected(ItemId itemId, CloneReason reason, String evidence, String product, Party manufacturer,
                          CatalogueCode catalogueCode, Instant at) implements ItemEvent {
    }
}
