package io.tianping.odr.domain;

import io.tianping.sharedkernel.RuleViolated;

/** An ODR rule refused a command, e.g. accepting a complaint twice (HTTP 409). The message names the rule. */
public class OdrRuleViolated extends RuleViolated {

    public OdrRuleViolated(String message) {
        super(message);
    }

    static OdrRuleViolated because(String message, Object... args) {
        return new OdrRuleViolated(message.formatted(args));
    }
}
