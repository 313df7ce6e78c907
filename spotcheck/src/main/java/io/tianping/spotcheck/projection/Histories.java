package io.tianping.spotcheck.projection;

import io.tianping.spotcheck.api.PlanEvent;
import io.tianping.spotcheck.api.PlanEvent.PlanCreated;
import io.tianping.spotcheck.api.PlanEvent.SelectionRecorded;
import io.tianping.spotcheck.api.PlanId;
import io.tianping.spotcheck.api.SampleEvent;
import io.tianping.spotcheck.api.SampleId;
import io.tianping.spotcheck.api.SelectedListing;
import io.tianping.spotcheck.domain.SampleState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Plans and samples rebuilt from their own events: a handful each, so folding on demand is cheap and always right. */
@Component
public class Histories {

    /** A plan as it stands: what was created, and the selection once drawn (empty until then). */
    public record PlanView(PlanCreated plan, List<SelectedListing> selection) { }

    private final EventStore events;

    Histories(EventStore events) {
        this.events = events;
    }

    public Optional<PlanView> plan(PlanId planId) {
        PlanCreated created = null;
        List<SelectedListing> selection = List.of();
        for (Object event : payloads(planId.value())) {
            if (event instanceof PlanCreated c) {
                created = c;
            } else if (event instanceof SelectionRecorded s) {
                selection = s.selected();
            }
        }
        return created == null ? Optional.empty() : Optional.of(new PlanView(created, selection));
    }

    public Optional<SampleState> sample(SampleId sampleId) {
        var sampleEvents = new ArrayList<SampleEvent>();
        for (Object event : payloads(sampleId.value())) {
            if (event instanceof SampleEvent e) {
                sampleEvents.add(e);
            }
        }
        SampleState state = SampleState.replay(sampleEvents);
        return state.isEmpty() ? Optional.empty() : Optional.of(state);
    }

    private List<Object> payloads(String aggregateId) {
        var stream = events.readEvents(aggregateId, 0);
        var payloads = new ArrayList<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof PlanEvent || message.getPayload() instanceof SampleEvent) {
                payloads.add(message.getPayload());
            }
        }
        return payloads;
    }
}
