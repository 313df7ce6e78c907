package io.tianping.spotcheck.domain;

import io.tianping.sharedkernel.RuleViolated;

/** A spot-check rule refused a command, e.g. an objection after its period ended (HTTP 409). */
public class SpotcheckRuleViolated extends RuleViolated {

    public SpotcheckRuleViolated(String message) {
        super(message);
    }

    static SpotcheckRuleViolated because(String message, Object... args) {
        return new SpotcheckRuleViolated(message.formatted(args));
    }
}
