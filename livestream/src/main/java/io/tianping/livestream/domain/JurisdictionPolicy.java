package io.tianping.livestream.domain;

import io.tianping.livestream.api.Address;
import io.tianping.livestream.api.Identity;
import io.tianping.livestream.api.Routing;
import io.tianping.livestream.api.SubjectRole;
import io.tianping.sharedkernel.RegionCode;

/**
 * Where clues about a subject go (order 117 art. 47): an operator on a platform → its actual operating place, else its
 * registered domicile, else the platform's domicile; an MCN → its domicile; a host → wherever the room's operator goes
 * (its own domicile when no room is known).
 */
public final class JurisdictionPolicy {

    /** A region and why. */
    public record Competent(RegionCode region, Routing routing) { }

    private JurisdictionPolicy() {
    }

    public static Competent forAccount(SubjectRole role, Identity identity, Address actualAddress,
                                       RegionCode platformDomicile) {
        if (role == SubjectRole.OPERATOR && actualAddress != null) {
            return new Competent(actualAddress.region(), Routing.ACTUAL_ADDRESS);
        }
        if (identity != null) {
            return new Competent(identity.domicile(), Routing.REGISTERED_DOMICILE);
        }
        return new Competent(platformDomicile == null ? RegionCode.COUNTRY : platformDomicile, Routing.PLATFORM_DOMICILE);
    }

    /** A host in a room goes where the room's operator goes. */
    public static Competent forHostInRoom(RegionCode roomRegion) {
        return new Competent(roomRegion, Routing.ROOM_OPERATOR);
    }
}
