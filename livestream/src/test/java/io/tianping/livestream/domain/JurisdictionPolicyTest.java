package io.tianping.livestream.domain;

import static io.tianping.livestream.LivestreamFixtures.A_DOMICILE;
import static io.tianping.livestream.LivestreamFixtures.ROOM_ADDRESS;
import static io.tianping.livestream.LivestreamFixtures.ROOM_IDENTITY;
import static io.tianping.livestream.LivestreamFixtures.TODAY;
import static io.tianping.livestream.LivestreamFixtures.idBornOn;
import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.livestream.api.Identity;
import io.tianping.livestream.api.Routing;
import io.tianping.livestream.api.SubjectRole;
import io.tianping.sharedkernel.RegionCode;
import org.junit.jupiter.api.Test;

/** Order 117 art. 47: actual place, else registered domicile, else the platform's domicile; a host follows the room. */
class JurisdictionPolicyTest {

    @Test
    void anOperatorGoesToItsActualOperatingPlace() {
        var competent = JurisdictionPolicy.forAccount(SubjectRole.OPERATOR, ROOM_IDENTITY, ROOM_ADDRESS, A_DOMICILE);
        assertThat(competent.region().value()).isEqualTo("330106");
        assertThat(competent.routing()).isEqualTo(Routing.ACTUAL_ADDRESS);
    }

    @Test
    void withoutAnAddressItGoesToTheRegisteredDomicile() {
        var competent = JurisdictionPolicy.forAccount(SubjectRole.OPERATOR, ROOM_IDENTITY, null, A_DOMICILE);
        assertThat(competent.region()).isEqualTo(ROOM_IDENTITY.creditCode().registrationRegion());
        assertThat(competent.routing()).isEqualTo(Routing.REGISTERED_DOMICILE);
        var person = JurisdictionPolicy.forAccount(SubjectRole.OPERATOR, Identity.of(idBornOn(TODAY.minusYears(30))),
                null, A_DOMICILE);
        assertThat(person.region().value()).as("the ID number's region").isEqualTo("330106");
    }

    @Test
    void withNeitherItGoesToThePlatformsDomicile() {
        var competent = JurisdictionPolicy.forAccount(SubjectRole.OPERATOR, null, null, A_DOMICILE);
        assertThat(competent.region()).isEqualTo(A_DOMICILE);
        assertThat(competent.routing()).isEqualTo(Routing.PLATFORM_DOMICILE);
    }

    @Test
    void aHostGoesWhereTheRoomGoes() {
        var competent = JurisdictionPolicy.forHostInRoom(RegionCode.of("320102"));
        assertThat(competent.region().value()).isEqualTo("320102");
        assertThat(competent.routing()).isEqualTo(Routing.ROOM_OPERATOR);
    }
}
