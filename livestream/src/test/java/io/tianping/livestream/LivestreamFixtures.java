package io.tianping.livestream;

import io.tianping.livestream.api.AccountDetails;
import io.tianping.livestream.api.Address;
import io.tianping.livestream.api.IdNumber;
import io.tianping.livestream.api.Sealed;
import io.tianping.livestream.api.Identity;
import io.tianping.livestream.api.SubjectId;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Subjects, platforms and days the livestream tests share. */
public final class LivestreamFixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    public static final PlatformId A = PlatformId.of("platform-a");
    public static final PlatformId B = PlatformId.of("platform-b");
    public static final RegionCode A_DOMICILE = RegionCode.of("330100");
    public static final RegionCode XIHU = RegionCode.of("330106");
    public static final SubjectId ROOM = new SubjectId("ls-room");
    public static final SubjectId HOST = new SubjectId("ls-host");
    public static final CreditCode ROOM_CODE = new CreditCode("91330100716105852F");
    public static final Identity ROOM_IDENTITY = Identity.of(ROOM_CODE);
    public static final Sealed PHONE = new Sealed("138****5678", "c2VhbGVk");
    public static final Address ROOM_ADDRESS = new Address(XIHU, "杭州市西湖区文三路 1 号");

    private LivestreamFixtures() {
    }

    /** A valid ID number of someone born on {@code born} in Hangzhou's Xihu district. */
    public static IdNumber idBornOn(LocalDate born) {
        String first17 = "330106" + born.toString().replace("-", "") + "123";
        return new IdNumber(first17 + IdNumber.checkCharacter(first17));
    }

    public static AccountDetails operatorDetails() {
        return new AccountDetails(ROOM_ADDRESS, PHONE, List.of("食品经营许可证"), TODAY, null, null, null,
                false, false);
    }

    public static AccountDetails hostDetails(IdNumber id) {
        return new AccountDetails(null, PHONE, List.of(), TODAY, id.birthDate(), "杭州", null, false, false);
    }
}
