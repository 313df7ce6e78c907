package io.tianping.app.security;

import io.tianping.sharedkernel.RuleViolated;

/** A change of who may call that the rules refuse (an id taken, an admin revoking themselves): 409. */
class PrincipalRuleViolated extends RuleViolated {

    PrincipalRuleViolated(String message) {
        super(message);
    }
}
