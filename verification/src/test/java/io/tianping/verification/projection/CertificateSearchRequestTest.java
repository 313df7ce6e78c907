package io.tianping.verification.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.tianping.verification.VerificationFixtures;
import io.tianping.verification.api.CertificateQuery.SearchCertificates;
import io.tianping.verification.api.CertificateStatus;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What the search asks Elasticsearch; the matching itself is proven against a real node in app's CertificateSearchTest. */
class CertificateSearchRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 2);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            VALID     | {"bool":{"filter":[{"term":{"status":{"value":"VALID"}}},{"range":{"validUntil":{"gte":"2026-01-02"}}}]}}
            EXPIRED   | {"bool":{"minimum_should_match":"1","should":[{"term":{"status":{"value":"EXPIRED"}}},{"bool":{"filter":[{"term":{"status":{"value":"VALID"}}},{"range":{"validUntil":{"lt":"2026-01-02"}}}]}}]}}
            SUSPENDED | {"term":{"status":{"value":"SUSPENDED"}}}
            REVOKED   | {"term":{"status":{"value":"REVOKED"}}}
            CANCELLED | {"term":{"status":{"value":"CANCELLED"}}}
            """)
    void filtersByTheStatusReadersSeeOnTheDay(CertificateStatus status, String filter) {
        assertThat(json(new SearchCertificates(null, status, null, 0, 20))).contains(filter);
    }

    @Test
    void withoutTextListsEveryCertificateByNumber() {
        String request = json(new SearchCertificates("  ", null, null, 0, 20));

        assertThat(request).contains("\"match_all\"").doesNotContain("multi_match").doesNotContain("_score")
                .contains("\"sort\":[{\"number\":{\"order\":\"asc\"}}]").contains("\"track_total_hits\":true");
    }

    @Test
    void textMustMatchEveryTermAcrossNamesProductAndModels() {
        String request = json(new SearchCertificates(" 美的 水壶 ", null, VerificationFixtures.KETTLES, 2, 20));

        assertThat(request).contains("\"query\":\"美的 水壶\"", "\"type\":\"cross_fields\"", "\"operator\":\"and\"",
                        "\"productName.cjk\"", "\"models\"", "{\"term\":{\"catalogueCode\":{\"value\":\"0717\"}}}",
                        "\"from\":40", "\"size\":20")
                .contains("\"sort\":[{\"_score\":{\"order\":\"desc\"}},{\"number\":{\"order\":\"asc\"}}]");
    }

    @Test
    void refusesPagesElasticsearchWouldRefuse() {
        assertThatNoException().isThrownBy(() -> CertificateSearchRequest.of(new SearchCertificates(null, null, null, 99, 100), TODAY));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CertificateSearchRequest.of(new SearchCertificates(null, null, null, 100, 100), TODAY))
                .withMessageStartingWith("page: only the first 10000 results");
    }

    private static String json(SearchCertificates query) {
        return CertificateSearchRequest.of(query, TODAY).toString();
    }
}
