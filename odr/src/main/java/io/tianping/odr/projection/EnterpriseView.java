package io.tianping.odr.projection;

import io.tianping.odr.api.EnterpriseStatus;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.RegionCode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An ODR enterprise as regulators and the public list see it.
 *
 * @param creditCode  its unified social credit code
 * @param name        its name
 * @param region      its region (credit code positions 3–8), where its county-level bureau supervises it
 * @param status      APPLIED, ACTIVE, WARNED or EXITED
 * @param appliedAt   when it (last) applied
 * @param activeSince when it was approved; null before
 * @param warnedAt    when it was warned, while WARNED; null otherwise
 * @param exitedAt    when it was exited, while EXITED; null otherwise
 * @param lastReason  the reason of the last warning or exit; null when none
 */
public record EnterpriseView(CreditCode creditCode, String name, RegionCode region, EnterpriseStatus status,
                             Instant appliedAt, @Nullable Instant activeSince, @Nullable Instant warnedAt, @Nullable Instant exitedAt, @Nullable String lastReason) {
}
