package io.tianping.odr.api;

import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.RegionCode;

/**
 * Where an ODR enterprise stands after a step.
 *
 * @param creditCode the enterprise
 * @param status     APPLIED, ACTIVE, WARNED or EXITED
 * @param region     its region (credit code positions 3–8), whose bureau supervises it
 */
public record OdrEnterpriseStep(CreditCode creditCode, EnterpriseStatus status, RegionCode region) {
}
