package io.tianping.odr.api;

import io.tianping.sharedkernel.RegionCode;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a complaint stands after a step: who has it, in which region, and the last day of the clock running now.
 *
 * @param complaintId the complaint
 * @param stage       where it stands
 * @param route       who handles it: ENTERPRISE or REGULATOR
 * @param region      the competent region (the respondent's)
 * @param dueBy       the last day of the running clock (the enterprise's 10, the acceptance's 7, the mediation's 45
 *                    working days, or the termination notice's 7); null when none runs
 */
public record ComplaintStep(ComplaintId complaintId, ComplaintStage stage, ComplaintRoute route, RegionCode region,
                            @Nullable LocalDate dueBy) {
}
