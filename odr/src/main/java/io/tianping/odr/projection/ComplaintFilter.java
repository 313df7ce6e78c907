package io.tianping.odr.projection;

import io.tianping.odr.api.ComplaintStage;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.RegionCode;

/**
 * Which complaints a reader lists: an enterprise its own ({@code respondent}), a regulator its region and below
 * ({@code region}); null fields do not filter.
 */
public record ComplaintFilter(CreditCode respondent, RegionCode region, ComplaintStage stage) {
}
