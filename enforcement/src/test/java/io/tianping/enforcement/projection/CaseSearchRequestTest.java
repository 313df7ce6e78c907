package io.tianping.enforcement.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.tianping.enforcement.api.CaseStage;
import io.tianping.enforcement.projection.CaseSearch.Criteria;
import io.tianping.sharedkernel.RegionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the case search asks Elasticsearch; the matching itself is proven against a real node in app's CaseSearchTest. */
class CaseSearchRequestTest {

    @ParameterizedTest(name = "a regulator of {0}")
    @CsvSource(delimiter = '|', textBlock = """
            330000 | {"prefix":{"accessRegions":{"value":"33"}}}
            330100 | {"prefix":{"accessRegions":{"value":"3301"}}}
            330106 | {"term":{"accessRegions":{"value":"330106"}}}
            """)
    void findsOnlyCasesSharedWithARegionWithinTheRegulators(String region, String clause) {
        String request = json(new Criteria("电器", null, RegionCode.of(region), 0, 20));

        assertThat(request).contains("\"filter\":[{\"bool\":{\"minimum_should_match\":\"1\",\"should\":[" + clause + "]}}]");
    }

    @Test
    void theWholeCountryIsSearchedWithoutARegionFilter() {
        assertThat(json(new Criteria("电器", null, RegionCode.COUNTRY, 0, 20))).doesNotContain("accessRegions");
    }

    @Test
    void textMustMatchEveryTermAcrossPartyProductAndCodes() {
        String request = json(new Criteria(" 杭州 水壶 ", CaseStage.FILED, RegionCode.of("330000"), 2, 20));

        assertThat(request).contains("\"query\":\"杭州 水壶\"", "\"type\":\"cross_fields\"", "\"operator\":\"and\"",
                        "\"party.name.cjk\"", "\"product.cjk\"", "\"party.creditCode^5\"",
                        "{\"term\":{\"stage\":{\"value\":\"FILED\"}}}", "\"from\":40", "\"size\":20")
                .contains("\"sort\":[{\"_score\":{\"order\":\"desc\"}},{\"lastChangedAt\":{\"order\":\"desc\"}},{\"caseId\":{\"order\":\"asc\"}}]");
    }

    @Test
    void withoutTextListsEveryVisibleCaseMostRecentlyChangedFirst() {
        String request = json(new Criteria("  ", null, RegionCode.COUNTRY, 0, 20));

        assertThat(request).contains("\"match_all\"").doesNotContain("multi_match").doesNotContain("_score")
                .contains("\"sort\":[{\"lastChangedAt\":{\"order\":\"desc\"}},{\"caseId\":{\"order\":\"asc\"}}]")
                .contains("\"track_total_hits\":true");
    }

    @ParameterizedTest(name = "page {0} of size {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            -1  | 20  | page: must be 0 or more
            0   | 0   | size: must be between 1 and 100
            0   | 101 | size: must be between 1 and 100
            100 | 100 | page: only the first 10000 results
            """)
    void refusesPagesElasticsearchWouldRefuse(int page, int size, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Criteria(null, null, RegionCode.COUNTRY, page, size))
                .withMessageStartingWith(message);
        assertThatNoException().isThrownBy(() -> new Criteria(null, null, RegionCode.COUNTRY, 99, 100));
    }

    private static String json(Criteria criteria) {
        return CaseSearchRequest.of(criteria).toString();
    }
}
