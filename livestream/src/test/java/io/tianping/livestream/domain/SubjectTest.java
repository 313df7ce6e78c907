package io.tianping.livestream.domain;

import static io.tianping.livestream.LivestreamFixtures.A;
import static io.tianping.livestream.LivestreamFixtures.AT;
import static io.tianping.livestream.LivestreamFixtures.A_DOMICILE;
import static io.tianping.livestream.LivestreamFixtures.B;
import static io.tianping.livestream.LivestreamFixtures.HOST;
import static io.tianping.livestream.LivestreamFixtures.ROOM;
import static io.tianping.livestream.LivestreamFixtures.ROOM_ADDRESS;
import static io.tianping.livestream.LivestreamFixtures.ROOM_CODE;
import static io.tianping.livestream.LivestreamFixtures.ROOM_IDENTITY;
import static io.tianping.livestream.LivestreamFixtures.TODAY;
import static io.tianping.livestream.LivestreamFixtures.hostDetails;
import static io.tianping.livestream.LivestreamFixtures.idBornOn;
import static io.tianping.livestream.LivestreamFixtures.operatorDetails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tianping.livestream.api.IdNumber;
import io.tianping.livestream.api.Measure;
import io.tianping.livestream.api.RegistrationOutcome;
import io.tianping.livestream.api.RevealedField;
import io.tianping.livestream.api.Routing;
import io.tianping.livestream.api.Sealed;
import io.tianping.livestream.api.SessionProduct;
import io.tianping.livestream.api.SubjectCommand.BlacklistSubject;
import io.tianping.livestream.api.SubjectCommand.EndBlacklist;
import io.tianping.livestream.api.SubjectCommand.RecordFinding;
import io.tianping.livestream.api.SubjectCommand.RecordMeasure;
import io.tianping.livestream.api.SubjectCommand.RegisterAccount;
import io.tianping.livestream.api.SubjectCommand.ReportChange;
import io.tianping.livestream.api.SubjectCommand.ReportSession;
import io.tianping.livestream.api.SubjectCommand.RevealData;
import io.tianping.livestream.api.SubjectEvent.AccountRegistered;
import io.tianping.livestream.api.SubjectEvent.BlacklistEnded;
import io.tianping.livestream.api.SubjectEvent.ChangeReported;
import io.tianping.livestream.api.SubjectEvent.DataRevealed;
import io.tianping.livestream.api.SubjectEvent.FindingRecorded;
import io.tianping.livestream.api.SubjectEvent.MeasureRecorded;
import io.tianping.livestream.api.SubjectEvent.RegistrationRefused;
import io.tianping.livestream.api.SubjectEvent.SessionReported;
import io.tianping.livestream.api.SubjectEvent.SubjectBlacklisted;
import io.tianping.livestream.api.SubjectRole;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.InterceptReason;
import io.tianping.verification.api.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SubjectTest {

    static final RegionCode XIHU = RegionCode.of("330106");
    static final RegionCode ZHEJIANG = RegionCode.of("330000");
    static final IdNumber HOST_ID = idBornOn(LocalDate.of(1995, 5, 20));
    static final PersonalDataSeal SEAL = new PersonalDataSeal("a test key of sixteen+ characters");
    static final Sealed HOST_SEALED = SEAL.idNumber(HOST_ID);

    private AggregateTestFixture<Subject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subject.class);
    }

    static RegisterAccount registerRoom(PlatformId platform, String account, LocalDate today) {
        return new RegisterAccount(ROOM, ROOM_IDENTITY, null, "杭州某某直播", platform, account, SubjectRole.OPERATOR,
                operatorDetails(), A_DOMICILE, today, AT);
    }

    static AccountRegistered roomRegistered(PlatformId platform, String account) {
        var d = operatorDetails();
        return new AccountRegistered(ROOM, ROOM_CODE, null, ROOM_CODE.registrationRegion(), "杭州某某直播", platform, account, SubjectRole.OPERATOR,
                ROOM_ADDRESS, d.phone(), d.licences(), d.verifiedOn(), null, null, null, false, false, XIHU,
                Routing.ACTUAL_ADDRESS, AT);
    }

    static AccountRegistered hostRegistered() {
        var d = hostDetails(HOST_ID);
        return new AccountRegistered(HOST, null, HOST_SEALED, HOST_ID.region(), "王某", A, "host-1", SubjectRole.HOST, null, d.phone(),
                List.of(), d.verifiedOn(), d.birthDate(), d.residence(), null, false, false, HOST_ID.region(),
                Routing.REGISTERED_DOMICILE, AT);
    }

    static MeasureRecorded blacklistedOnA(LocalDate until) {
        return new MeasureRecorded(ROOM, A, Measure.BLACKLIST, "售假", until, "向平台申诉", XIHU, ZHEJIANG, AT);
    }

    @Nested
    class Register {

        @Test
        void registersAnOperatorWhereItActuallyOperates() {
            fixture.givenNoPriorActivity()
                    .when(registerRoom(A, "room-1", TODAY))
                    .expectEvents(roomRegistered(A, "room-1"))
                    .expectResultMessagePayload(RegistrationOutcome.REGISTERED);
        }

        @Test
        void refusesABlacklistedSubjectOnAnyPlatformAndRecordsTheAttempt() {
            fixture.given(roomRegistered(A, "room-1"), blacklistedOnA(TODAY.plusDays(30)))
                    .when(registerRoom(B, "another-name", TODAY))
                    .expectEvents(new RegistrationRefused(ROOM, ROOM_CODE, null, ROOM_CODE.registrationRegion(), "杭州某某直播", B, "another-name",
                            SubjectRole.OPERATOR, RegistrationOutcome.REFUSED_BLACKLISTED, TODAY.plusDays(30), AT))
                    .expectResultMessagePayload(RegistrationOutcome.REFUSED_BLACKLISTED);
        }

        @Test
        void refusesOnTheLastDayOfTheTermAndAcceptsTheDayAfter() {
            fixture.given(roomRegistered(A, "room-1"), blacklistedOnA(TODAY))
                    .when(registerRoom(B, "b-1", TODAY))
                    .expectResultMessagePayload(RegistrationOutcome.REFUSED_BLACKLISTED);
            fixture.given(roomRegistered(A, "room-1"), blacklistedOnA(TODAY))
                    .when(registerRoom(B, "b-1", TODAY.plusDays(1)))
                    .expectEvents(roomRegistered(B, "b-1"))
                    .expectResultMessagePayload(RegistrationOutcome.REGISTERED);
        }

        @Test
        void noReregistrationRefusesANewAccountOnThatPlatformOnly() {
            var ordered = new MeasureRecorded(ROOM, A, Measure.NO_REREGISTRATION, "屡次违规", null, null, XIHU, ZHEJIANG, AT);
            fixture.given(roomRegistered(A, "room-1"), ordered)
                    .when(registerRoom(A, "room-2", TODAY))
                    .expectResultMessagePayload(RegistrationOutcome.REFUSED_NO_REREGISTRATION);
            fixture.given(roomRegistered(A, "room-1"), ordered)
                    .when(registerRoom(B, "room-2", TODAY))
                    .expectResultMessagePayload(RegistrationOutcome.REGISTERED);
        }
    }

    @Nested
    class Measures {

        @Test
        void closureIsReportedToTheProvinceAsWellAsTheCounty() {
            fixture.given(roomRegistered(A, "room-1"))
                    .when(new RecordMeasure(ROOM, A, Measure.ACCOUNT_CLOSURE, "售假", null, null, TODAY, AT))
                    .expectEvents(new MeasureRecorded(ROOM, A, Measure.ACCOUNT_CLOSURE, "售假", null, null, XIHU, ZHEJIANG, AT));
        }

        @Test
        void aWarningGoesToTheCountyOnly() {
            fixture.given(roomRegistered(A, "room-1"))
                    .when(new RecordMeasure(ROOM, A, Measure.WARNING, "虚假宣传", null, null, TODAY, AT))
                    .expectEvents(new MeasureRecorded(ROOM, A, Measure.WARNING, "虚假宣传", null, null, XIHU, null, AT));
        }

        @Test
        void aPlatformCannotTakeMeasuresAgainstAnotherPlatformsSubject() {
            fixture.given(roomRegistered(A, "room-1"))
                    .when(new RecordMeasure(ROOM, B, Measure.WARNING, "虚假宣传", null, null, TODAY, AT))
                    .expectException(NotOnPlatform.class)
                    .expectNoEvents();
        }

        @Test
        void aBlacklistNeedsATermAndAnAppealRoute() {
            assertThatThrownBy(() -> new RecordMeasure(ROOM, A, Measure.BLACKLIST, "售假", null, "申诉", TODAY, AT))
                    .hasMessageStartingWith("until:");
            assertThatThrownBy(() -> new RecordMeasure(ROOM, A, Measure.BLACKLIST, "售假", TODAY.plusYears(1), " ", TODAY, AT))
                    .hasMessageStartingWith("appealRoute:");
            assertThatThrownBy(() -> new RecordMeasure(ROOM, A, Measure.BLACKLIST, "售假", TODAY, "申诉", TODAY, AT))
                    .hasMessageStartingWith("until:");
        }
    }

    @Nested
    class Blacklist {

        @Test
        void enforcementBlacklistsAnIdentityTheRegistryDoesNotKnowYet() {
            fixture.givenNoPriorActivity()
                    .when(new BlacklistSubject(ROOM, ROOM_IDENTITY, "杭州某某直播", "严重违法失信", TODAY.plusYears(3),
                            "行政复议", "case 1", AT))
                    .expectEvents(new SubjectBlacklisted(ROOM, ROOM_CODE, "杭州某某直播", "严重违法失信",
                            TODAY.plusYears(3), "行政复议", "case 1", ROOM_CODE.registrationRegion(),
                            ROOM_CODE.registrationRegion().province(), AT));
        }

        @Test
        void endsByItselfOnceTheTermIsOver() {
            fixture.given(roomRegistered(A, "room-1"), blacklistedOnA(TODAY))
                    .when(new EndBlacklist(ROOM, TODAY, AT))
                    .expectNoEvents();
            fixture.given(roomRegistered(A, "room-1"), blacklistedOnA(TODAY))
                    .when(new EndBlacklist(ROOM, TODAY.plusDays(1), AT))
                    .expectEvents(new BlacklistEnded(ROOM, TODAY, AT));
        }
    }

    @Nested
    class Sessions {

        static final SessionProduct SUSPENDED_KETTLE = new SessionProduct("L-1", new CatalogueCode("0717"), "SWF-17E",
                new CertificateNumber("2025010717000001"), new MerchantRef("店", ROOM_CODE), Money.of("99.00"),
                Verdict.INTERCEPT, List.of(InterceptReason.CERTIFICATE_SUSPENDED));

        @Test
        void anInterceptedProductIsAFindingWhereTheRoomGoes() {
            fixture.given(roomRegistered(A, "room-1"))
                    .when(new ReportSession(ROOM, "s-1", A, List.of(HOST), AT, List.of(SUSPENDED_KETTLE), TODAY, AT))
                    .expectEvents(new SessionReported(ROOM, "s-1", A, "room-1", List.of(HOST), AT, List.of(SUSPENDED_KETTLE), AT),
                            new FindingRecorded(ROOM, "s-1:L-1", "杭州某某直播", ROOM_CODE, A, "s-1", "PRODUCT_INTERCEPTED",
                                    "直播间展示的商品 L-1（型号 SWF-17E）未通过 CCC 核验：[CERTIFICATE_SUSPENDED]", null, XIHU,
                                    Routing.ACTUAL_ADDRESS, AT));
        }

        @Test
        void aSessionNeedsAHost() {
            assertThatThrownBy(() -> new ReportSession(ROOM, "s-1", A, List.of(), AT, List.of(), TODAY, AT))
                    .hasMessageStartingWith("hostIds:");
        }

        @Test
        void aBlacklistedRoomMayNotBroadcast() {
            fixture.given(roomRegistered(A, "room-1"), blacklistedOnA(TODAY.plusDays(1)))
                    .when(new ReportSession(ROOM, "s-1", A, List.of(HOST), AT, List.of(), TODAY, AT))
                    .expectException(LivestreamRuleViolated.class);
        }

        @Test
        void anotherPlatformsRoomIsNotFound() {
            fixture.given(roomRegistered(A, "room-1"))
                    .when(new ReportSession(ROOM, "s-1", B, List.of(HOST), AT, List.of(), TODAY, AT))
                    .expectException(NotOnPlatform.class);
        }
    }

    @Nested
    class Findings {

        @Test
        void aHostInARoomGoesWhereTheRoomGoes() {
            fixture.given(hostRegistered())
                    .when(new RecordFinding(HOST, "f-1", A, "s-1", "FALSE_ADVERTISING", "夸大功效", null,
                            RegionCode.of("320102"), AT))
                    .expectEvents(new FindingRecorded(HOST, "f-1", "王某", null, A, "s-1", "FALSE_ADVERTISING", "夸大功效",
                            null, RegionCode.of("320102"), Routing.ROOM_OPERATOR, AT));
        }

        @Test
        void aHostWithoutARoomGoesToItsDomicile() {
            fixture.given(hostRegistered())
                    .when(new RecordFinding(HOST, "f-1", null, null, "FALSE_ADVERTISING", "夸大功效", null, null, AT))
                    .expectEvents(new FindingRecorded(HOST, "f-1", "王某", null, A, null, "FALSE_ADVERTISING", "夸大功效",
                            null, XIHU, Routing.REGISTERED_DOMICILE, AT));
        }
    }

    @Nested
    class Reveal {

        static final Actor XIHU_REGULATOR = new Actor("regulator-xihu", Role.REGULATOR, "Xihu AMR", XIHU);

        @Test
        void revealsTheIdNumberAndRecordsWhoAndWhy() {
            fixture.given(hostRegistered())
                    .when(new RevealData(HOST, RevealedField.ID_NUMBER, "核查案件当事人身份", XIHU_REGULATOR, AT))
                    .expectEvents(new DataRevealed(HOST, RevealedField.ID_NUMBER, "核查案件当事人身份", "regulator-xihu", XIHU, AT))
                    .expectResultMessagePayloadMatching(org.hamcrest.Matchers.equalTo(HOST_SEALED.sealed()));
            assertThat(SEAL.open(HOST_SEALED.sealed())).isEqualTo(HOST_ID.value());
            assertThat(HOST_SEALED.masked()).isEqualTo(HOST_ID.masked());
        }

        @Test
        void anOrganisationHasNoIdNumberToReveal() {
            fixture.given(roomRegistered(A, "room-1"))
                    .when(new RevealData(ROOM, RevealedField.ID_NUMBER, "核查", XIHU_REGULATOR, AT))
                    .expectException(LivestreamRuleViolated.class)
                    .expectNoEvents();
        }

        @Test
        void aPurposeIsRequired() {
            assertThatThrownBy(() -> new RevealData(HOST, RevealedField.PHONE, " ", XIHU_REGULATOR, AT))
                    .hasMessageStartingWith("purpose:");
        }
    }

    @Nested
    class Clocks {

        @Test
        void aChangeReportedAfterThreeWorkingDaysIsLateAndTheVerificationIsDueInSeven() {
            LocalDate monday = LocalDate.of(2026, 3, 2);
            fixture.given(roomRegistered(A, "room-1"))
                    .when(new ReportChange(ROOM, A, "room-1", monday, monday.plusDays(4), "地址变更", AT))
                    .expectEvents(new ChangeReported(ROOM, A, "room-1", monday, monday.plusDays(4), true,
                            LocalDate.of(2026, 3, 17), "地址变更", AT));
            fixture.given(roomRegistered(A, "room-1"))
                    .when(new ReportChange(ROOM, A, "room-1", monday, monday.plusDays(3), "地址变更", AT))
                    .expectEvents(new ChangeReported(ROOM, A, "room-1", monday, monday.plusDays(3), false,
                            LocalDate.of(2026, 3, 16), "地址变更", AT));
        }
    }
}
