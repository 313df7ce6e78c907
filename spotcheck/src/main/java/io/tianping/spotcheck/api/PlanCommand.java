package io.tianping.spotcheck.api;

import static io.tianping.sharedkernel.Fields.required;
import static io.tianping.sharedkernel.Fields.text;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a regulator can do to a spot-check plan. Constructors reject malformed input with an
 * {@link IllegalArgumentException} whose message starts with the field name; a plan refuses steps out of order
 * (a {@code SpotcheckRuleViolated}, HTTP 409). Every time is given by the caller.
 */
public sealed interface PlanCommand {

    PlanId planId();

    /**
     * Create a plan: who organises it, for which year, which products and how many samples per platform.
     *
     * @param products the catalogue codes to sample, at least one, each once
     * @param quotas   how many listings to sample on each platform, each at least 1
     * @param seed     the seed of the selection's random draws, so the selection can be reproduced
     */
    record CreatePlan(@TargetAggregateIdentifier PlanId planId, String name, RegionCode organisingRegion, int year,
                      List<CatalogueCode> products, Map<PlatformId, Integer> quotas, long seed, Instant at)
            implements PlanCommand {
        public CreatePlan {
            required("planId", planId);
            name = text("name", name);
            required("organisingRegion", organisingRegion);
            if (year < 2000 || year > 2100) {
                throw new IllegalArgumentException("year: must be between 2000 and 2100, got " + year);
            }
            required("products", products);
            if (products.isEmpty() || products.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("products: a plan needs at least one product, and no null one");
            }
            if (new HashSet<>(products).size() < products.size()) {
                throw new IllegalArgumentException("products: each product may be named once, got " + products);
            }
            products = List.copyOf(products);
            quotas = quotas(quotas);
            required("at", at);
        }

        private static Map<PlatformId, Integer> quotas(Map<PlatformId, Integer> quotas) {
            required("quotas", quotas);
            if (quotas.isEmpty() || quotas.keySet().stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("quotas: a plan needs a quota for at least one platform, and no null platform");
            }
            Map<PlatformId, Integer> sorted = new LinkedHashMap<>(); // a stable order, so the stored event reads the same every time
            quotas.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(PlatformId::value))).forEach(quota -> {
                if (quota.getValue() == null || quota.getValue() < 1) {
                    throw new IllegalArgumentException("quotas: %s has a quota of %s, must be at least 1".formatted(quota.getKey(), quota.getValue()));
                }
                sorted.put(quota.getKey(), quota.getValue());
            });
            return Collections.unmodifiableMap(sorted);
        }
    }

    /**
     * Record the listings the selection picked for the plan; once per plan. Each listing must be of one of the
     * plan's products and on one of its platforms, and no platform may get more listings than its quota.
     */
    record RecordSelection(@TargetAggregateIdentifier PlanId planId, List<SelectedListing> selected, Instant at)
            implements PlanCommand {
        public RecordSelection {
            required("planId", planId);
            required("selected", selected);
            if (selected.isEmpty() || selected.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("selected: a selection needs at least one listing, and no null one");
            }
            if (selected.stream().map(SelectedListing::listing).distinct().count() < selected.size()) {
                throw new IllegalArgumentException("selected: each listing may be selected once");
            }
            selected = List.copyOf(selected);
            required("at", at);
        }
    }
}
