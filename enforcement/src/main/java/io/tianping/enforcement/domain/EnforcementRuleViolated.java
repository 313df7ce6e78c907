package io.tianping.enforcement.domain;

import io.tianping.sharedkernel.RuleViolated;

/** An enforcement rule refused a command, e.g. filing a clue that was decided not to be filed (HTTP 409). */
public class EnforcementRuleViolated extends RuleViolated {

    public EnforcementRuleViolated(String message) {
        super(message);
    }

    static EnforcementRuleViolated because(String message, Object... args) {
        return new EnforcementRuleViolated(message.formatted(args));
    }
}
