package io.tianping.spotcheck.api;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What happened to a spot-check plan. Stored in the event store: never rename or move one without an upcaster.
 */
public sealed interface PlanEvent {

    PlanId planId();

    /** {@code organisingRegion} planned to sample {@code products} in {@code year}, {@code quotas} listings per platform. */
    @Revision("1")
    record PlanCreated(PlanId planId, String name, RegionCode organisingRegion, int year, List<CatalogueCode> products,
                       Map<PlatformId, Integer> quotas, long seed, Instant at) implements PlanEvent {
    }

    /** The selection picked these listings, each with its weight and reasons; they are now to be bought. */
    @Revision("1")
    record SelectionRecorded(PlanId planId, List<SelectedListing> selected, Instant at) implements PlanEvent {
    }
}
