package io.tianping.spotcheck.web;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import io.tianping.spotcheck.api.PlanId;
import io.tianping.spotcheck.api.SampleId;
import io.tianping.spotcheck.api.SampleStage;
import io.tianping.spotcheck.projection.Histories;
import io.tianping.spotcheck.projection.OpenSamples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The samples with a legal clock running (result to the seller, objection window), for the regulators' work queue. */
@RestController
class OpenSampleController {

    private static final int MAX_SAMPLES = 200;

    private final OpenSamples open;
    private final Histories histories;

    OpenSampleController(OpenSamples open, Histories histories) {
        this.open = open;
        this.histories = histories;
    }

    /**
     * A sample whose clock runs.
     *
     * @param dueOn            the clock's last day (result delivered to the seller within 5 working days of the lab
     *                         result; an objection within 15 days of delivery)
     * @param organisingRegion the region organising its plan
     */
    record OpenSampleRow(SampleId sampleId, PlanId planId, SampleStage stage, LocalDate dueOn, RegionCode organisingRegion,
                         String productName) { }

    /** Open samples, soonest last day first (at most {@value #MAX_SAMPLES}). */
    record OpenSampleList(List<OpenSampleRow> items) { }

    /** Samples with a running clock: a regulator's are those of plans organised in its region or below; auditors all. */
    @GetMapping("/api/v1/spotcheck/open-samples")
    OpenSampleList listOpenSamples(Actor reader) {
        RegionCode scope = reader.role() == Role.AUDITOR ? RegionCode.COUNTRY : reader.region();
        var rows = new ArrayList<OpenSampleRow>();
        if (scope == null) {
            return new OpenSampleList(rows); // a regulator without a region organises no plan
        }
        for (OpenSamples.OpenSample sample : open.running(MAX_SAMPLES)) {
            histories.sample(SampleId.of(sample.sampleId())).ifPresent(state -> histories.plan(state.planId())
                    .filter(plan -> plan.plan().organisingRegion().isWithin(scope))
                    .ifPresent(plan -> rows.add(new OpenSampleRow(state.sampleId(), state.planId(), state.stage(),
                            sample.lastDay(), plan.plan().organisingRegion(),
                            state.purchase() == null ? null : state.purchase().productName()))));
        }
        return new OpenSampleList(rows);
    }
}
