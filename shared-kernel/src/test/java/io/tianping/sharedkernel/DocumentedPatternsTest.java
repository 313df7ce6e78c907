package io.tianping.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each value type writes matches the PATTERN the OpenAPI document states for it, at both ends of its range. */
class DocumentedPatternsTest {

    @ParameterizedTest
    @CsvSource({"91330100716105852F", "9144030071526726XG", "91350100M000100Y43", "  91330100716105852f "})
    void creditCodes(String code) {
        assertThat(CreditCode.of(code).toString()).matches(CreditCode.PATTERN);
    }

    @ParameterizedTest
    @CsvSource({"0", "0.5", "129", "129.00", "999999999999.99"})
    void money(String amount) {
        assertThat(Money.of(amount).toString()).matches(Money.PATTERN);
        assertThat(new Money(new BigDecimal(amount)).toString()).matches(Money.PATTERN);
    }

    @Test
    void codesAndIds() {
        assertThat(RegionCode.COUNTRY.toString()).matches(RegionCode.PATTERN);
        assertThat(RegionCode.of("330106").toString()).matches(RegionCode.PATTERN);
        assertThat(CatalogueCode.of("0717").toString()).matches(CatalogueCode.PATTERN);
        assertThat(PlatformId.of("platform-a").toString()).matches(PlatformId.PATTERN);
        assertThat(PlatformId.of("a".repeat(64)).toString()).matches(PlatformId.PATTERN);
    }
}
