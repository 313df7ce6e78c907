package io.tianping.app.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Case search on the embedded Elasticsearch node: Chinese words, credit codes, products, and who may find what. */
@TianpingTest
class CaseSearchTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String SEARCH = "/api/v1/enforcement/cases/search";

    @LocalServerPort int port;

    @Test
    void findsACaseByAWordOfThePartysNameByItsCreditCodeAndByPartOfTheProduct() {
        Api zhejiang = Api.asPerson(port, "regulator-zj");
        String sellerCode = newCreditCode();
        String cookerCode = newCreditCode();
        String kettle = Cases.filedCase(zhejiang, "杭州某电器商行", sellerCode);
        String cooker = raiseClue(zhejiang, "宁波某厨具商店", cookerCode, "电饭锅");
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(ids(zhejiang, sellerCode, "FILED")).containsExactly(kettle);
            assertThat(ids(zhejiang, cookerCode, null)).containsExactly(cooker);
        });

        assertThat(ids(zhejiang, "电器", null)).contains(kettle).doesNotContain(cooker);
        assertThat(ids(zhejiang, "水壶", null)).as("水壶 inside 电热水壶").contains(kettle).doesNotContain(cooker);
        assertThat(ids(zhejiang, "电饭锅", null)).contains(cooker).doesNotContain(kettle);
        assertThat(ids(zhejiang, sellerCode.toLowerCase(), null)).containsExactly(kettle);
        assertThat(ids(zhejiang, "宁波 水壶", null)).as("every word must match").doesNotContain(kettle, cooker);
        assertThat(ids(zhejiang, cookerCode, "CLUE")).containsExactly(cooker);
        assertThat(ids(zhejiang, cookerCode, "FILED")).isEmpty();

        JsonNode page = zhejiang.get(SEARCH + "?q=" + sellerCode).json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode row = page.get("items").get(0);
        assertThat(row.get("caseId").asString()).isEqualTo(kettle);
        assertThat(row.get("partyName").asString()).isEqualTo("杭州某电器商行");
        assertThat(row.get("partyCreditCode").asString()).isEqualTo(sellerCode);
        assertThat(row.get("product").asString()).isEqualTo("电热水壶");
        assertThat(row.get("stage").asString()).isEqualTo("FILED");
        assertThat(row.get("competentRegion").asString()).isEqualTo("330000");
    }

    @Test
    void anotherRegionFindsACaseOnlyOnceAskedForAssistanceWhileAuditorsFindItAtOnce() {
        Api zhejiang = Api.asPerson(port, "regulator-zj");
        Api jiangsu = Api.asPerson(port, "regulator-js");
        String code = newCreditCode();
        String caseId = Cases.filedCase(zhejiang, "杭州某电器商行", code);
        await().atMost(WAIT).untilAsserted(() -> assertThat(ids(Api.asPerson(port, "auditor"), code, "FILED")).containsExactly(caseId));

        assertThat(ids(Api.asPerson(port, "regulator-national"), code, null)).containsExactly(caseId);
        assertThat(ids(zhejiang, code, null)).containsExactly(caseId);
        assertThat(ids(jiangsu, code, null)).as("not shared with Jiangsu yet").isEmpty();
        assertThat(ids(jiangsu, "电器", null)).doesNotContain(caseId);

        var asked = zhejiang.post("/api/v1/enforcement/cases/" + caseId + "/assistance",
                "{\"toRegion\":\"320000\",\"request\":\"请协助调查苏州仓库的库存与进货凭证\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);

        await().atMost(WAIT).untilAsserted(() -> assertThat(ids(jiangsu, code, null)).containsExactly(caseId));
        assertThat(ids(jiangsu, "电器", null)).contains(caseId);
    }

    @Test
    void refusesPagesItCannotServeAndCallersWhoMayNotReadCases() {
        Api auditor = Api.asPerson(port, "auditor");

        assertThat(auditor.get(SEARCH + "?size=0").status()).isEqualTo(400);
        assertThat(auditor.get(SEARCH + "?page=100&size=100").status()).isEqualTo(400);
        assertThat(auditor.get(SEARCH + "?stage=SOMEWHERE").status()).isEqualTo(400);
        assertThat(Api.platformA(port).get(SEARCH + "?q=x").status()).isEqualTo(403);
    }

    private static String raiseClue(Api regulator, String partyName, String creditCode, String product) {
        var raised = regulator.post("/api/v1/enforcement/clues", """
                {"source":"COMPLAINT","party":{"name":"%s","creditCode":"%s"},"product":"%s","description":"消费者投诉"}"""
                .formatted(partyName, creditCode, product));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().get("caseId").asString();
    }

    /** Ids of every match the caller may see, page by page: other tests' cases share the index. */
    private static List<String> ids(Api reader, String q, String stage) {
        var ids = new ArrayList<String>();
        for (int page = 0; ; page++) {
            String url = SEARCH + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=" + page + "&size=100"
                    + (stage == null ? "" : "&stage=" + stage);
            var response = reader.get(url);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode answer = response.json();
            answer.get("items").forEach(row -> ids.add(row.get("caseId").asString()));
            if (answer.get("items").size() < 100) {
                assertThat(ids).hasSize((int) answer.get("total").asLong());
                return ids;
            }
        }
    }

    /** A valid credit code registered in Hangzhou that no other test uses. */
    private static String newCreditCode() {
        return Certificates.creditCode("91330100" + "%09d".formatted(ThreadLocalRandom.current().nextInt(1_000_000_000)));
    }
}
