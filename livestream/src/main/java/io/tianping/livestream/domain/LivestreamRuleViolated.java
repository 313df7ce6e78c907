package io.tianping.livestream.domain;

import io.tianping.sharedkernel.RuleViolated;

/** A live-commerce rule refused a command (HTTP 409). */
public class LivestreamRuleViolated extends RuleViolated {

    public LivestreamRuleViolated(String message) {
        super(message);
    }
}
