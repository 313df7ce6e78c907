package io.tianping.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifiersTest {

    private static final CreditCode CODE = CreditCode.of("91330100716105852F");

    @ParameterizedTest
    @CsvSource({"tmall", "jd", "douyin-live", "pdd-2"})
    void acceptsPlatformIds(String id) {
        assertThat(PlatformId.of(id).toString()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({"''", "a", "Tmall", "jd_com", "taobao.com"})
    void rejectsMalformedPlatformIds(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> PlatformId.of(id)).withMessageContaining("platform id");
    }

    @Test
    void rejectsPlatformIdsLongerThan64() {
        assertThatIllegalArgumentException().isThrownBy(() -> PlatformId.of("a".repeat(65)));
        assertThat(PlatformId.of("a".repeat(64)).value()).hasSize(64);
    }

    @Test
    void merchantNeedsANameOfAtMost200CharactersAndACreditCode() {
        assertThat(new MerchantRef(" 杭州某某电器有限公司 ", CODE).name()).isEqualTo("杭州某某电器有限公司");
        assertThatIllegalArgumentException().isThrownBy(() -> new MerchantRef(" ", CODE)).withMessageContaining("blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new MerchantRef("店".repeat(201), CODE)).withMessageContaining("200");
        assertThatIllegalArgumentException().isThrownBy(() -> new MerchantRef("某店", null)).withMessageContaining("credit code");
    }

    @Test
    void systemActorIsAProcessWithoutOrganisationOrRegion() {
        Actor actor = Actor.system("takedown-deadline");

        assertThat(actor.role()).isEqualTo(Role.SYSTEM);
        assertThat(actor.organisation()).isNull();
        assertThat(actor.region()).isNull();
    }

    @Test
    void actorNeedsIdAndRole() {
        assertThat(new Actor("u-1", Role.REGULATOR, "杭州市市场监督管理局", RegionCode.of("330100")).region())
                .isEqualTo(RegionCode.of("330100"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Actor(" ", Role.CONSUMER, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Actor("u-2", null, null, null));
    }

    @Test
    void ruleViolationsCarryTheirMessage() {
        RuleViolated violation = new RuleViolated("certificate is revoked") { };

        assertThat(violation).isInstanceOf(RuntimeException.class).hasMessage("certificate is revoked");
    }
}
