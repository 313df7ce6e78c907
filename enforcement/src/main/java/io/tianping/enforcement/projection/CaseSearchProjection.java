package io.tianping.enforcement.projection;

import io.tianping.enforcement.api.CaseEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Index {@code cases} in Elasticsearch: search over cases by party, credit code and product. Each event rewrites the
 * whole document from the case's own history, with the event's sequence number as external version, so Elasticsearch
 * itself refuses an event that is already in and redelivery or replay changes nothing. Errors reaching Elasticsearch
 * propagate, so the processor retries the batch and an outage delays updates without losing any.
 */
@Component
@ProcessingGroup(CaseSearchProjection.GROUP)
public class CaseSearchProjection {

    public static final String GROUP = "enforcement-case-search";

    private final CaseSearchIndex index;
    private final CaseHistory history;

    CaseSearchProjection(CaseSearchIndex index, CaseHistory history) {
        this.index = index;
        this.history = history;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        history.current(event.caseId()).ifPresent(state -> index.put(CaseSearchDocument.of(state), sequence));
    }

    @ResetHandler
    void reset() {
        index.recreate();
    }
}
