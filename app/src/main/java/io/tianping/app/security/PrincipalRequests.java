package io.tianping.app.security;

import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What admins send to add organisations and people. */
final class PrincipalRequests {

    static final String ID = "[a-z0-9][a-z0-9-]{1,63}";

    private PrincipalRequests() {
    }

    /**
     * An organisation that calls with an API key.
     *
     * @param id           its principal id, e.g. {@code platform-c-api}
     * @param role         PLATFORM, CERTIFICATION_BODY, MANUFACTURER, ENTERPRISE (ODR) or COMPLAINT_INTAKE (12315)
     * @param displayName  its name
     * @param organisation what it acts for: a platform's id (e.g. {@code platform-c}), a certification body's two-digit
     *                     code, a manufacturer's or an ODR enterprise's credit code
     * @param region       where it is supervised, optional
     */
    record NewOrganisation(String id, Role role, String displayName, String organisation, @Nullable String region) {

        NewOrganisation checked() {
            var check = new InputCheck();
            checkId(check, id);
            check.field("role", () -> oneOf(role, Set.of(Role.PLATFORM, Role.CERTIFICATION_BODY, Role.MANUFACTURER,
                    Role.ENTERPRISE, Role.COMPLAINT_INTAKE)));
            check.field("displayName", () -> required(displayName));
            check.field("organisation", () -> role == Role.PLATFORM ? new PlatformId(organisation).value() : required(organisation));
            if (region != null) {
                check.field("region", () -> new RegionCode(region));
            }
            check.orThrow();
            return this;
        }
    }

    /**
     * A person who logs in with a password.
     *
     * @param id          the name they log in with
     * @param role        REGULATOR (with a region), AUDITOR or ADMIN
     * @param displayName their name or office
     * @param region      a regulator's region (GB/T 2260), e.g. {@code 330100}
     * @param password    at least 12 characters; kept only as bcrypt
     */
    record NewPerson(String id, Role role, String displayName, String region, @Size(min = 12, max = 128) String password) {

        NewPerson checked() {
            var check = new InputCheck();
            checkId(check, id);
            check.field("role", () -> oneOf(role, Set.of(Role.REGULATOR, Role.AUDITOR, Role.ADMIN)));
            check.field("displayName", () -> required(displayName));
            if (role == Role.REGULATOR || region != null) {
                check.field("region", () -> new RegionCode(region));
            }
            check.field("password", () -> password == null || password.length() < 12 ? fail("must be at least 12 characters") : password);
            check.orThrow();
            return this;
        }
    }

    private static void checkId(InputCheck check, String id) {
        check.field("id", () -> id != null && id.matches(ID) ? id : fail("must match " + ID));
    }

    private static Role oneOf(Role role, Set<Role> allowed) {
        return role != null && allowed.contains(role) ? role : fail("must be one of " + allowed);
    }

    private static String required(String value) {
        return value == null || value.isBlank() ? fail("is required") : value.strip();
    }

    private static <T> T fail(String message) {
        throw new IllegalArgumentException(message);
    }
}
