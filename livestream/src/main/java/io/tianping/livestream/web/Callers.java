package io.tianping.livestream.web;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import java.util.Collection;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Who may do what here: platforms report their own subjects, regulators read their region, auditors read. */
final class Callers {

    private Callers() {
    }

    static PlatformId platform(Actor caller) {
        if (caller.role() != Role.PLATFORM || caller.organisation() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only platforms report live-commerce subjects.");
        }
        return new PlatformId(caller.organisation());
    }

    static RegionCode regulator(Actor caller) {
        if (caller.role() != Role.REGULATOR || caller.region() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only regulators may do this.");
        }
        return caller.region();
    }

    /** The region a reader sees (null: everything, for auditors); platforms and others are refused. */
    static RegionCode readerRegion(Actor caller) {
        return switch (caller.role()) {
            case AUDITOR -> null;
            case REGULATOR -> regulator(caller);
            default -> throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only regulators and auditors read the registry.");
        };
    }

    /** True when {@code region} (null: everything) contains any of {@code regions}. */
    static boolean sees(RegionCode region, Collection<RegionCode> regions) {
        return region == null || regions.stream().anyMatch(r -> r.isWithin(region));
    }
}
