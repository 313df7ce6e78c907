package io.tianping.spotcheck.domain;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.spotcheck.api.PlanCommand.CreatePlan;
import io.tianping.spotcheck.api.PlanCommand.RecordSelection;
import io.tianping.spotcheck.api.PlanEvent.PlanCreated;
import io.tianping.spotcheck.api.PlanEvent.SelectionRecorded;
import io.tianping.spotcheck.api.PlanId;
import io.tianping.spotcheck.api.SelectedListing;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A spot-check plan (audit type {@code plan}): its products and quotas, and the one selection made for it. */
@Aggregate
class Plan {

    @AggregateIdentifier
    private PlanId planId;
    private List<CatalogueCode> products = List.of();
    private Map<PlatformId, Integer> quotas = Map.of();
    private Instant selectedAt;

    Plan() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreatePlan c) {
        if (planId != null) {
            throw SpotcheckRuleViolated.because("plan %s already exists", planId);
        }
        apply(new PlanCreated(c.planId(), c.name(), c.organisingRegion(), c.year(), c.products(), c.quotas(), c.seed(), c.at()));
    }

    @CommandHandler
    void handle(RecordSelection c) {
        if (selectedAt != null) {
            throw SpotcheckRuleViolated.because("plan %s already has its selection, recorded at %s", planId, selectedAt);
        }
        for (SelectedListing listing : c.selected()) {
            if (!products.contains(listing.catalogueCode())) {
                throw SpotcheckRuleViolated.because("listing %s is of product %s, which plan %s does not sample (it samples %s)",
                        listing.listing(), listing.catalogueCode(), planId, products);
            }
            if (!quotas.containsKey(listing.listing().platform())) {
                throw SpotcheckRuleViolated.because("listing %s is on platform %s, which plan %s has no quota for",
                        listing.listing(), listing.listing().platform(), planId);
            }
        }
        Map<PlatformId, Long> perPlatform = c.selected().stream()
                .collect(groupingBy(listing -> listing.listing().platform(),
                        () -> new TreeMap<>(Comparator.comparing(PlatformId::value)), counting()));
        perPlatform.forEach((platform, count) -> {
            if (count > quotas.get(platform)) {
                throw SpotcheckRuleViolated.because("the selection has %d listings on %s, over plan %s's quota of %d",
                        count, platform, planId, quotas.get(platform));
            }
        });
        apply(new SelectionRecorded(planId, c.selected(), c.at()));
    }

    @EventSourcingHandler
    void on(PlanCreated event) {
        planId = event.planId();
        products = List.copyOf(event.products());
        quotas = Map.copyOf(event.quotas());
    }

    @EventSourcingHandler
    void on(SelectionRecorded event) {
        selectedAt = event.at();
    }
}
