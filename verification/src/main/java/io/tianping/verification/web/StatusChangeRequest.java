package io.tianping.verification.web;

import java.time.LocalDate;

/** The body of a suspension, revocation, cancellation or reinstatement: why, and from which day (default: today). */
record StatusChangeRequest(String reason, LocalDate effectiveOn) {
}
