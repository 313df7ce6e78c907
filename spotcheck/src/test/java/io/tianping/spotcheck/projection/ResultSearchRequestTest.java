package io.tianping.spotcheck.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.tianping.spotcheck.SpotcheckFixtures;
import io.tianping.spotcheck.projection.ResultSearch.Criteria;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the result search asks Elasticsearch; the matching itself is proven against a real node in app's ResultSearchTest. */
class ResultSearchRequestTest {

    @Test
    void textMustMatchEveryTermAcrossProductPartiesFailedItemsAndCodes() {
        String request = json(new Criteria(" 杭州 洗衣机 ", null, null, null, 2, 20));

        assertThat(request).contains("\"query\":\"杭州 洗衣机\"", "\"type\":\"cross_fields\"", "\"operator\":\"and\"",
                        "\"productName.cjk\"", "\"model.keyword^3\"", "\"sellerName.cjk\"", "\"producerName.cjk\"",
                        "\"failedItems.item.cjk\"", "\"failedItems.standard^2\"", "\"producerCreditCode^5\"",
                        "\"sellerCreditCode^5\"", "\"from\":40", "\"size\":20")
                .contains("\"sort\":[{\"_score\":{\"order\":\"desc\"}},{\"finalAt\":{\"order\":\"desc\"}},{\"sampleId\":{\"order\":\"asc\"}}]")
                .doesNotContain("\"filter\":[{");
    }

    @Test
    void filtersByVerdictPlatformAndPlan() {
        String request = json(new Criteria(null, false, SpotcheckFixtures.JD, SpotcheckFixtures.PLAN, 0, 20));

        assertThat(request).contains("\"filter\":[{\"term\":{\"conforming\":{\"value\":false}}},"
                + "{\"term\":{\"platform\":{\"value\":\"jd\"}}},"
                + "{\"term\":{\"planId\":{\"value\":\"" + SpotcheckFixtures.PLAN.value() + "\"}}}]");
    }

    @Test
    void withoutTextListsEveryResultMostRecentlyFinalFirst() {
        String request = json(new Criteria("  ", true, null, null, 0, 20));

        assertThat(request).contains("\"match_all\"", "{\"term\":{\"conforming\":{\"value\":true}}}")
                .doesNotContain("multi_match").doesNotContain("_score")
                .contains("\"sort\":[{\"finalAt\":{\"order\":\"desc\"}},{\"sampleId\":{\"order\":\"asc\"}}]")
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
                .isThrownBy(() -> new Criteria(null, null, null, null, page, size))
                .withMessageStartingWith(message);
        assertThatNoException().isThrownBy(() -> new Criteria(null, null, null, null, 99, 100));
    }

    private static String json(Criteria criteria) {
        return ResultSearchRequest.of(criteria).toString();
    }
}
