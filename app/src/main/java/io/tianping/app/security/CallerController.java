package io.tianping.app.security;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

/** Who the caller is, as the platform knows it from its credentials (the console shows it and picks its screens). */
@RestController
class CallerController {

    /**
     * The caller.
     *
     * @param id           the principal's id (a person's login name or an organisation's id)
     * @param organisation the organisation it acts for (credit code, platform id, certification body code); null for people
     * @param region       the region it is bound to (GB/T 2260); null when none
     */
    record CallerResponse(String id, Role role, @Nullable String organisation, @Nullable RegionCode region) { }

    @GetMapping("/api/v1/me")
    CallerResponse findCaller(Actor caller) {
        return new CallerResponse(caller.id(), caller.role(), caller.organisation(), caller.region());
    }
}
