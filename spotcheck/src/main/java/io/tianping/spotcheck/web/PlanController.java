package io.tianping.spotcheck.web;

import jakarta.validation.constraints.Size;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.spotcheck.api.PlanCommand.CreatePlan;
import io.tianping.spotcheck.api.PlanCommand.RecordSelection;
import io.tianping.spotcheck.api.PlanId;
import io.tianping.spotcheck.api.SelectedListing;
import io.tianping.spotcheck.domain.ranking.PlatformRank;
import io.tianping.spotcheck.domain.ranking.PlatformRanking;
import io.tianping.spotcheck.domain.selection.SelectionPolicy;
import io.tianping.spotcheck.projection.ComplaintSignals;
import io.tianping.spotcheck.projection.Histories.PlanView;
import io.tianping.spotcheck.projection.ResultsProjection;
import io.tianping.spotcheck.projection.ResultsProjection.PublishedResult;
import io.tianping.spotcheck.projection.SelectionInputs;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.jspecify.annotations.Nullable;

/** Spot-check plans: create one, draw its listings (reproducibly, with reasons), read its results and the ranking. */
@RestController
@RequestMapping("/api/v1/spotcheck")
class PlanController {

    private final CommandGateway commands;
    private final SpotcheckGate gate;
    private final SelectionInputs inputs;
    private final ResultsProjection results;
    private final ComplaintSignals complaintSignals;
    private final Clock clock;
    private final SelectionPolicy selection = new SelectionPolicy();

    PlanController(CommandGateway commands, SpotcheckGate gate, SelectionInputs inputs, ResultsProjection results,
                   ComplaintSignals complaintSignals, Clock clock) {
        this.commands = commands;
        this.gate = gate;
        this.inputs = inputs;
        this.results = results;
        this.complaintSignals = complaintSignals;
        this.clock = clock;
    }

    record PlanRequest(String name, @Nullable String organisingRegion, int year, @Size(max = 100) List<String> products, @Size(max = 100) Map<String, Integer> quotas,
                       Long seed) { }

    /** The new plan's id, and the seed its draw uses (the one sent, or one chosen now). */
    record PlanCreatedResponse(PlanId planId, long seed) { }

    /**
     * A platform's place in the ranking: failure rate, its Wilson 95% interval, and the rate adjusted for the mix of
     * products sampled ({@code expectedFailures}: what the platform's mix would fail at the overall rates).
     */
    record PlatformRankResponse(int position, PlatformId platform, int sampled, int failed, double rate, double wilsonLow,
                                double wilsonHigh, double expectedFailures, double adjustedRate) {

        static PlatformRankResponse of(PlatformRank r) {
            return new PlatformRankResponse(r.position(), r.platform(), r.sampled(), r.failed(), r.rate(), r.wilsonLow(),
                    r.wilsonHigh(), r.expectedFailures(), r.adjustedRate());
        }
    }

    @PostMapping("/plans")
    ResponseEntity<PlanCreatedResponse> createPlan(@RequestBody PlanRequest request, Actor regulator) {
        var check = new InputCheck();
        RegionCode region = request.organisingRegion() == null ? regulator.region()
                : check.field("organisingRegion", () -> new RegionCode(request.organisingRegion()));
        List<CatalogueCode> products = request.products() == null ? check.required("products", null)
                : request.products().stream().map(code -> check.field("products", () -> new CatalogueCode(code))).toList();
        var quotas = new LinkedHashMap<PlatformId, Integer>();
        if (request.quotas() != null) {
            request.quotas().forEach((platform, quota) -> quotas.put(check.field("quotas", () -> new PlatformId(platform)), quota));
        }
        check.orThrow();
        if (!region.isWithin(regulator.region())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "You organise plans for region " + regulator.region());
        }
        PlanId planId = PlanId.generate();
        long seed = request.seed() == null ? clock.millis() : request.seed();
        CreatePlan command = SpotcheckGate.parse("", () -> new CreatePlan(planId, request.name(), region, request.year(),
                products, quotas, seed, clock.instant()));
        commands.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/v1/spotcheck/plans/" + planId.value()))
                .body(new PlanCreatedResponse(planId, seed));
    }

    /** Draws the plan's listings once: the same plan and seed over the same listings give the same draw. */
    @PostMapping("/plans/{id}/selection")
    List<SelectedListing> drawSelection(@PathVariable String id, Actor regulator) {
        PlanView view = gate.runnablePlan(regulator, id);
        var plan = view.plan();
        Set<CatalogueCode> products = Set.copyOf(plan.products());
        List<SelectedListing> drawn = selection.draw(plan.quotas(), products, inputs.candidates(products),
                inputs.priceRanges(products), inputs.producerHistories(), inputs.platformHistories(),
                complaintSignals.recent(products), plan.seed());
        if (drawn.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "No listing of %s is on sale on the plan's platforms yet: "
                    .formatted(plan.products()) + "nothing to draw");
        }
        commands.sendAndWait(new RecordSelection(plan.planId(), drawn, clock.instant()));
        return drawn;
    }

    @GetMapping("/plans/{id}")
    PlanResponse findPlan(@PathVariable String id) {
        return PlanResponse.of(gate.plan(id));
    }

    /** The published results of a plan: product, producer, seller, platform, verdict, failed items. */
    @GetMapping("/plans/{id}/results")
    List<PublishedResult> listPlanResults(@PathVariable String id) {
        return results.ofPlan(gate.plan(id).plan().planId());
    }

    /** Platforms ranked by failure rate adjusted for the mix of products sampled, with Wilson 95% intervals. */
    @GetMapping("/rankings")
    List<PlatformRankResponse> rankPlatforms(@RequestParam(required = false) String planId) {
        PlanId plan = planId == null ? null : gate.plan(planId).plan().planId();
        return PlatformRanking.rank(results.outcomes(plan)).stream().map(PlatformRankResponse::of).toList();
    }
}
