package io.tianping.verification.web;

import io.tianping.sharedkernel.Bounds;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The body of a suspension, revocation, cancellation or reinstatement: why, and from which day (default: today). */
record StatusChangeRequest(@Size(max = Bounds.TEXT) String reason, @Nullable LocalDate effectiveOn) {
}
