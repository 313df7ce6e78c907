package io.tianping.spotcheck.web;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.spotcheck.api.PlanId;
import io.tianping.spotcheck.api.SelectedListing;
import io.tianping.spotcheck.projection.Histories.PlanView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A plan as created, and the listings it drew (empty until the selection is drawn). */
record PlanResponse(PlanDetails plan, List<SelectedListing> selection) {

    /**
     * What the plan was created with.
     *
     * @param products the catalogue codes sampled
     * @param quotas   how many listings to draw per platform
     * @param seed     the draw's seed: the same plan and seed draw the same listings
     * @param at       when it was created
     */
    record PlanDetails(PlanId planId, String name, RegionCode organisingRegion, int year, List<CatalogueCode> products,
                       Map<PlatformId, Integer> quotas, long seed, Instant at) { }

    static PlanResponse of(PlanView view) {
        var p = view.plan();
        return new PlanResponse(new PlanDetails(p.planId(), p.name(), p.organisingRegion(), p.year(), p.products(),
                p.quotas(), p.seed(), p.at()), view.selection());
    }
}
