package io.tianping.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({
            "330106, 330100, true",
            "330106, 330000, true",
            "330106, 000000, true",
            "330106, 330106, true",
            "330100, 330000, true",
            "330000, 330000, true",
            "330000, 000000, true",
            "000000, 000000, true",
            "330000, 330100, false",
            "320000, 330000, false",
            "330106, 330200, false",
            "330106, 330105, false",
            "330100, 330106, false",
            "000000, 330000, false",
            "310115, 310000, true",
    })
    void knowsWhichRegionLiesWithinWhich(String region, String other, boolean within) {
        assertThat(RegionCode.of(region).isWithin(RegionCode.of(other))).isEqualTo(within);
    }

    @ParameterizedTest
    @CsvSource({
            "000000, COUNTRY,    000000, 000000",
            "330000, PROVINCE,   330000, 330000",
            "330100, PREFECTURE, 330000, 330100",
            "330106, COUNTY,     330000, 330100",
            "210300, PREFECTURE, 210000, 210300",
    })
    void derivesLevelProvinceAndPrefecture(String code, RegionCode.Level level, String province, String prefecture) {
        RegionCode region = RegionCode.of(code);

        assertThat(region.level()).isEqualTo(level);
        assertThat(region.province()).isEqualTo(RegionCode.of(province));
        assertThat(region.prefecture()).isEqualTo(RegionCode.of(prefecture));
        assertThat(region.toString()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''       | blank",
            "33010    | 6 digits",
            "3301061  | 6 digits",
            "33O106   | 6 digits",
            "001100   | no province",
    })
    void rejectsMalformedCodes(String input, String problem) {
        assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of(input)).withMessageContaining(problem);
    }
}
