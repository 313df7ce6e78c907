package io.tianping.enforcement.projection;

import io.tianping.enforcement.api.CaseEvent;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.domain.CaseState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A case rebuilt from its own events in the event store: as it stands, or as it stood at any instant (auditors and
 * regulators ask "what did the case look like before the assistance request?"). Cases hold tens of events, so folding
 * them on demand is cheap and can never disagree with the store.
 */
@Component
public class CaseHistory {

    private final EventStore events;

    CaseHistory(EventStore events) {
        this.events = events;
    }

    public Optional<CaseState> current(CaseId caseId) {
        return asOf(caseId, null);
    }

    /** The case with every event stored at or before {@code instant} (null: all of them); empty if it did not exist yet. */
    public Optional<CaseState> asOf(CaseId caseId, Instant instant) {
        var stream = events.readEvents(caseId.value(), 0);
        var caseEvents = new ArrayList<CaseEvent>();
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (instant != null && message.getTimestamp().isAfter(instant)) {
                break;
            }
            if (message.getPayload() instanceof CaseEvent event) {
                caseEvents.add(event);
            }
        }
        CaseState state = CaseState.replay(caseEvents);
        return state.isEmpty() ? Optional.empty() : Optional.of(state);
    }
}
