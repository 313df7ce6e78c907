package io.tianping.verification.domain;

import io.tianping.sharedkernel.RuleViolated;

/** A verification rule refused a command, e.g. suspending a revoked certificate (HTTP 409). */
public class VerificationRuleViolated extends RuleViolated {

    public VerificationRuleViolated(String message) {
        super(message);
    }
}
