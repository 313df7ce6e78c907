package io.tianping.traceability.api;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.verification.api.Party;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be done to one serialised item. */
public sealed interface ItemCommand {

    ItemId itemId();

    /**
     * Scans of this item suggest clones of its code. Once suspected, the item stays CLONE_SUSPECTED; suspecting it
     * again changes nothing.
     *
     * @param evidence what the scans showed, in words (distances, times, device counts)
     */
    record SuspectClone(@TargetAggregateIdentifier ItemId itemId, CloneReason reason, String evidence, String product,
                        Party manufacturer, CatalogueCode catalogueCode, Instant at) implements ItemCommand {

        public SuspectClone {
            if (itemId == null || reason == null || manufacturer == null || at == null) {
                throw new IllegalArgumentException("itemId, reason, manufacturer and at: must not be null");
            }
            if (evidence == null || evidence.isBlank() || product == null || product.isBlank()) {
                throw new IllegalArgumentException("evidence and product: must not be blank");
            }
        }
    }
}
