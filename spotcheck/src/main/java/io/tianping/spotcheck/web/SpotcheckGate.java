package io.tianping.spotcheck.web;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.Role;
import io.tianping.spotcheck.api.PlanId;
import io.tianping.spotcheck.api.SampleId;
import io.tianping.spotcheck.domain.SampleState;
import io.tianping.spotcheck.projection.Histories;
import io.tianping.spotcheck.projection.Histories.PlanView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see and run a plan and its samples: regulators of the organising region (and above) run them; auditors and
 * other regulators read them, as results are published. Unknown ids are 404, malformed ones 400.
 */
@Component
class SpotcheckGate {

    private final Histories histories;

    SpotcheckGate(Histories histories) {
        this.histories = histories;
    }

    PlanView plan(String id) {
        PlanId planId = parse("planId", () -> PlanId.of(id));
        return histories.plan(planId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No plan " + id));
    }

    PlanView runnablePlan(Actor regulator, String id) {
        PlanView plan = plan(id);
        requireOrganiser(regulator, plan);
        return plan;
    }

    SampleState sample(String id) {
        SampleId sampleId = parse("sampleId", () -> SampleId.of(id));
        return histories.sample(sampleId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No sample " + id));
    }

    SampleState runnableSample(Actor regulator, String id) {
        SampleState sample = sample(id);
        requireOrganiser(regulator, plan(sample.planId().value()));
        return sample;
    }

    private static void requireOrganiser(Actor regulator, PlanView plan) {
        if (regulator.role() != Role.REGULATOR || regulator.region() == null
                || !plan.plan().organisingRegion().isWithin(regulator.region())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Plan %s is run by region %s".formatted(plan.plan().planId(), plan.plan().organisingRegion()));
        }
    }

    static <T> T parse(String field, java.util.function.Supplier<T> parse) {
        var check = new InputCheck();
        T value = check.field(field, parse);
        check.orThrow();
        return value;
    }
}
