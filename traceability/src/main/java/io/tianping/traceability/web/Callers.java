package io.tianping.traceability.web;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.Role;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Who may do what in traceability: the role checks SecurityConfiguration leaves to the module. */
final class Callers {

    private Callers() {
    }

    static void require(Actor actor, Set<Role> roles, String what) {
        if (!roles.contains(actor.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only %s may %s".formatted(roles, what));
        }
    }

    /** The manufacturer's credit code, for a caller that must be a manufacturer. */
    static CreditCode manufacturer(Actor actor, String what) {
        require(actor, Set.of(Role.MANUFACTURER), what);
        return new CreditCode(actor.organisation());
    }
}
