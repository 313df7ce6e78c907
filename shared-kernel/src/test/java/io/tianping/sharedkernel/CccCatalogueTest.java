package io.tianping.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CccCatalogueTest {

    private final CccCatalogue catalogue = CccCatalogue.edition2023();

    @Test
    void has96ProductsIn16Categories() {
        assertThat(catalogue.entries()).hasSize(96);
        assertThat(catalogue.entries().stream().map(CatalogueEntry::categoryNo).collect(Collectors.toSet()))
                .hasSize(16)
                .allMatch(no -> no >= 1 && no <= 16);
    }

    @Test
    void productsHaveDistinctCodesAndNames() {
        assertThat(catalogue.entries()).extracting(CatalogueEntry::code).doesNotHaveDuplicates();
        assertThat(catalogue.entries()).extracting(CatalogueEntry::productZh).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({
            "0717, 7,  液体加热器和冷热饮水机, 2003-08-01",
            "0701, 7,  家用电冰箱和食品冷冻箱, 2003-08-01",
            "0914, 8,  移动电源,              2024-08-01",
            "0915, 8,  锂离子电池和电池组,     2024-08-01",
            "0101, 1,  电线组件,              2003-08-01",
            "2302, 15, 防爆电泵,              2020-10-01",
    })
    void findsProducts(String code, int category, String productZh, LocalDate since) {
        CatalogueEntry entry = catalogue.find(CatalogueCode.of(code)).orElseThrow();

        assertThat(entry.code()).isEqualTo(CatalogueCode.of(code));
        assertThat(entry.categoryNo()).isEqualTo(category);
        assertThat(entry.productZh()).isEqualTo(productZh);
        assertThat(entry.compulsorySince()).isEqualTo(since);
        assertThat(entry.productEn()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"0303, 0302, 低压元器件", "0309, 0302, 低压元器件", "0207, 0205, 熔断体", "0907, 0807, 电源", "1203, 1201, 轮胎"})
    void resolvesEveryCodeOfAMultiCodeProductToThatProduct(String code, String productCode, String productZh) {
        assertThat(catalogue.contains(CatalogueCode.of(code))).isTrue();
        assertThat(catalogue.find(CatalogueCode.of(code)).orElseThrow())
                .returns(CatalogueCode.of(productCode), CatalogueEntry::code)
                .returns(productZh, CatalogueEntry::productZh);
    }

    @ParameterizedTest
    @CsvSource({"0000", "0720", "0908", "1601"})
    void doesNotKnowCodesOutsideTheCatalogue(String code) {
        assertThat(catalogue.contains(CatalogueCode.of(code))).isFalse();
        assertThat(catalogue.find(CatalogueCode.of(code))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"''", "717", "07171", "07a7"})
    void rejectsMalformedCatalogueCodes(String input) {
        assertThatIllegalArgumentException().isThrownBy(() -> CatalogueCode.of(input)).withMessageContaining("catalogue code");
    }
}
