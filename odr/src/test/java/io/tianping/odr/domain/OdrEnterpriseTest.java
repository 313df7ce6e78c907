package io.tianping.odr.domain;

import io.tianping.odr.api.OdrEnterpriseCommand.ApplyForOdr;
import io.tianping.odr.api.OdrEnterpriseCommand.ApproveOdrEnterprise;
import io.tianping.odr.api.OdrEnterpriseCommand.ExitOdrEnterprise;
import io.tianping.odr.api.OdrEnterpriseCommand.WarnOdrEnterprise;
import io.tianping.odr.api.OdrEnterpriseEvent.OdrEnterpriseApplied;
import io.tianping.odr.api.OdrEnterpriseEvent.OdrEnterpriseApproved;
import io.tianping.odr.api.OdrEnterpriseEvent.OdrEnterpriseExited;
import io.tianping.odr.api.OdrEnterpriseEvent.OdrEnterpriseWarned;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.tianping.odr.OdrFixtures.ENTERPRISE;
import static io.tianping.odr.OdrFixtures.XIHU;
import static io.tianping.odr.OdrFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

class OdrEnterpriseTest {

    private static final Instant T0 = at("2026-03-02");
    private static final OdrEnterpriseApplied APPLIED = new OdrEnterpriseApplied(ENTERPRISE, "杭州西湖小家电有限公司", XIHU,
            "杭州市西湖区文三路 1 号", "0571-88880000", "2 名专职客服", "投诉受理、记录、48 小时内回复", T0);
    private static final OdrEnterpriseApproved APPROVED = new OdrEnterpriseApproved(ENTERPRISE, XIHU, at("2026-03-03"));
    private static final OdrEnterpriseWarned WARNED = new OdrEnterpriseWarned(ENTERPRISE, XIHU, "和解率低", at("2026-04-01"));
    private static final OdrEnterpriseExited EXITED = new OdrEnterpriseExited(ENTERPRISE, XIHU, "警示后仍未改进", at("2026-05-06"));

    private AggregateTestFixture<OdrEnterprise> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OdrEnterprise.class);
    }

    private static ApplyForOdr apply(Instant at) {
        return new ApplyForOdr(ENTERPRISE, "杭州西湖小家电有限公司", "杭州市西湖区文三路 1 号", "0571-88880000", "2 名专职客服",
                "投诉受理、记录、48 小时内回复", true, at);
    }

    @Nested
    class Apply {
        @Test
        void appliesInTheRegionOfItsCreditCode() {
            fixture.givenNoPriorActivity().when(apply(T0)).expectEvents(APPLIED);
        }

        @Test
        void refusesASecondApplicationWhileEnrolled() {
            fixture.given(APPLIED, APPROVED).when(apply(T0)).expectNoEvents()
                    .expectException(OdrRuleViolated.class).expectExceptionMessage(containsString("already applied and is ACTIVE"));
        }

        @Test
        void anExitedEnterpriseMayApplyAgain() {
            Instant again = at("2026-09-01");
            fixture.given(APPLIED, APPROVED, EXITED).when(apply(again))
                    .expectEvents(new OdrEnterpriseApplied(ENTERPRISE, "杭州西湖小家电有限公司", XIHU, "杭州市西湖区文三路 1 号",
                            "0571-88880000", "2 名专职客服", "投诉受理、记录、48 小时内回复", again));
        }

        @Test
        void refusesAnApplicationWithoutTheCommitment() {
            assertThatThrownBy(() -> new ApplyForOdr(ENTERPRISE, "n", "a", "c", "s", "p", false, T0))
                    .hasMessageStartingWith("commitment: must be true");
            assertThatThrownBy(() -> new ApplyForOdr(ENTERPRISE, "n", "a", "c", "s", " ", true, T0))
                    .hasMessageStartingWith("procedures: is required");
        }
    }

    @Nested
    class Approve {
        @Test
        void approvesAnApplication() {
            fixture.given(APPLIED).when(new ApproveOdrEnterprise(ENTERPRISE, APPROVED.at())).expectEvents(APPROVED);
        }

        @Test
        void liftsAWarning() {
            Instant at = at("2026-04-20");
            fixture.given(APPLIED, APPROVED, WARNED).when(new ApproveOdrEnterprise(ENTERPRISE, at))
                    .expectEvents(new OdrEnterpriseApproved(ENTERPRISE, XIHU, at));
        }

        @Test
        void refusesToApproveAnExitedEnterprise() {
            fixture.given(APPLIED, APPROVED, EXITED).when(new ApproveOdrEnterprise(ENTERPRISE, at("2026-06-01")))
                    .expectNoEvents().expectException(OdrRuleViolated.class)
                    .expectExceptionMessage(containsString("is EXITED: only an application or a warned enterprise can be approved"));
        }

        @Test
        void refusesToApproveTwice() {
            fixture.given(APPLIED, APPROVED).when(new ApproveOdrEnterprise(ENTERPRISE, at("2026-03-04")))
                    .expectNoEvents().expectException(OdrRuleViolated.class);
        }
    }

    @Nested
    class Warn {
        @Test
        void warnsAnActiveEnterprise() {
            fixture.given(APPLIED, APPROVED).when(new WarnOdrEnterprise(ENTERPRISE, "和解率低", WARNED.at())).expectEvents(WARNED);
        }

        @Test
        void refusesToWarnAnApplicationOrAWarnedEnterprise() {
            fixture.given(APPLIED).when(new WarnOdrEnterprise(ENTERPRISE, "x", T0)).expectNoEvents()
                    .expectException(OdrRuleViolated.class).expectExceptionMessage(containsString("only an active ODR enterprise can be warned"));
            fixture.given(APPLIED, APPROVED, WARNED).when(new WarnOdrEnterprise(ENTERPRISE, "x", T0)).expectNoEvents()
                    .expectException(OdrRuleViolated.class);
        }
    }

    @Nested
    class Exit {
        @Test
        void exitsAWarnedEnterprise() {
            fixture.given(APPLIED, APPROVED, WARNED).when(new ExitOdrEnterprise(ENTERPRISE, "警示后仍未改进", EXITED.at()))
                    .expectEvents(EXITED);
        }

        @Test
        void exitsAnActiveEnterprise() {
            fixture.given(APPLIED, APPROVED).when(new ExitOdrEnterprise(ENTERPRISE, "警示后仍未改进", EXITED.at()))
                    .expectEvents(EXITED);
        }

        @Test
        void refusesToExitAnApplicationOrTwice() {
            fixture.given(APPLIED).when(new ExitOdrEnterprise(ENTERPRISE, "x", T0)).expectNoEvents()
                    .expectException(OdrRuleViolated.class);
            fixture.given(APPLIED, APPROVED, EXITED).when(new ExitOdrEnterprise(ENTERPRISE, "x", T0)).expectNoEvents()
                    .expectException(OdrRuleViolated.class).expectExceptionMessage(containsString("is EXITED"));
        }
    }

    @Test
    void itsAuditIdentifierKeepsApartFromTheBareCreditCode() {
        assertThat(ENTERPRISE.toString()).isEqualTo("odr-91330106MA27XH3Q56");
        assertThat(io.tianping.odr.api.OdrEnterpriseId.parse("odr-91330106MA27XH3Q56")).isEqualTo(ENTERPRISE);
        assertThat(io.tianping.odr.api.OdrEnterpriseId.parse("91330106ma27xh3q56")).isEqualTo(ENTERPRISE);
        assertThatThrownBy(() -> io.tianping.odr.api.OdrEnterpriseId.parse("9133010")).hasMessageStartingWith("creditCode: ");
    }
}
