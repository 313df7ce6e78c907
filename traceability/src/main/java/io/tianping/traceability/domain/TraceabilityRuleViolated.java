package io.tianping.traceability.domain;

import io.tianping.sharedkernel.RuleViolated;

/** A traceability rule refused a command (the app answers 409). */
public class TraceabilityRuleViolated extends RuleViolated {

    public TraceabilityRuleViolated(String message) {
        super(message);
    }
}
