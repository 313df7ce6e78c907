package io.tianping.app.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Zhejiang opens a case, asks Jiangsu for help; Jiangsu sees it only from then on; auditors replay it all. */
@TianpingTest
class CrossRegionCaseTest {

    @LocalServerPort int port;

    @Test
    void aCaseIsSharedWithTheRegionAskedForAssistance() {
        Api zhejiang = Api.asPerson(port, "regulator-zj");
        Api jiangsu = Api.asPerson(port, "regulator-js");
        String caseId = Cases.filedCase(zhejiang, "杭州某电器商行", Certificates.RESELLER);

        assertThat(jiangsu.get(caseUrl(caseId)).status()).as("not shared yet").isEqualTo(404);
        assertThat(jiangsu.post(caseUrl(caseId) + "/closure", "{\"reason\":\"x\"}").status()).isEqualTo(404);

        var asked = zhejiang.post(caseUrl(caseId) + "/assistance",
                "{\"toRegion\":\"320000\",\"request\":\"请协助调查苏州仓库的库存与进货凭证\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String assistanceId = asked.json().get("assistanceId").asString();

        JsonNode shared = jiangsu.get(caseUrl(caseId)).json();
        assertThat(shared.get("sharedRegions").toString()).contains("320000");
        assertThat(jiangsu.post(caseUrl(caseId) + "/closure", "{\"reason\":\"x\"}").status())
                .as("Jiangsu sees the case but does not manage it").isEqualTo(403);

        var answered = jiangsu.post(caseUrl(caseId) + "/assistance/" + assistanceId + "/answer", """
                {"answer":"已查明库存 120 台，无认证证书","evidence":[{"sha256":"%s","description":"仓库盘点照片"}]}"""
                .formatted("ab".repeat(32)));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);

        JsonNode history = Api.asPerson(port, "auditor").get("/api/v1/audit/case/" + caseId + "/events").json();
        assertThat(types(history)).containsSubsequence("ClueRaised", "CaseFiled", "AssistanceRequested",
                "AssistanceAnswered", "EvidenceAdded");
        JsonNode request = eventOf(history, "AssistanceRequested");
        assertThat(request.get("metadata").get("actor").asString()).isEqualTo("regulator-zj");
        assertThat(request.get("metadata").get("region").asString()).isEqualTo("330000");
        assertThat(eventOf(history, "EvidenceAdded").get("payload").get("sha256").asString()).isEqualTo("ab".repeat(32));
        assertThat(Api.asPerson(port, "auditor").get("/api/v1/audit/case/" + caseId + "/integrity").json()
                .get("intact").asBoolean()).isTrue();

        Instant beforeRequest = Instant.parse(eventOf(history, "CaseFiled").get("timestamp").asString());
        JsonNode asItWas = zhejiang.get(caseUrl(caseId) + "?asOf=" + beforeRequest).json();
        assertThat(asItWas.get("stage").asString()).isEqualTo("FILED");
        assertThat(asItWas.get("assistance")).isEmpty();
        assertThat(asItWas.get("sharedRegions").toString()).doesNotContain("320000");
        assertThat(zhejiang.get(caseUrl(caseId)).json().get("evidence")).hasSize(1);
    }

    @Test
    void aRegulatorCannotRaiseAClueForAnotherRegion() {
        var response = Api.asPerson(port, "regulator-js").post("/api/v1/enforcement/clues", """
                {"competentRegion":"330100","party":{"name":"某店","creditCode":"%s"},"product":"插座","description":"x"}"""
                .formatted(Certificates.RESELLER));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void auditorsReadButNeverWriteCases() {
        String caseId = Cases.filedCase(Api.asPerson(port, "regulator-zj"), "某店", Certificates.RESELLER);
        assertThat(Api.asPerson(port, "auditor").get(caseUrl(caseId)).status()).isEqualTo(200);
        assertThat(Api.asPerson(port, "auditor").post(caseUrl(caseId) + "/closure", "{\"reason\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(Api.platformA(port).get(caseUrl(caseId)).status()).isEqualTo(403);
    }

    @Test
    void aRegionListsItsCasesByStageAndByDeadline() {
        Api zhejiang = Api.asPerson(port, "regulator-zj");
        String caseId = Cases.filedCase(zhejiang, "宁波某插座厂", Certificates.RESELLER);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                zhejiang.get("/api/v1/enforcement/cases?stage=FILED&sort=deadline&size=500").body().contains(caseId));
        JsonNode row = null;
        for (JsonNode item : zhejiang.get("/api/v1/enforcement/cases?stage=FILED&sort=deadline&size=500").json()) {
            assertThat(item.get("stage").asString()).isEqualTo("FILED");
            row = item.get("caseId").asString().equals(caseId) ? item : row;
        }
        assertThat(row.get("nextDueOn").asString()).as("the decision is due 90 days after filing").isNotBlank();
        assertThat(Api.asPerson(port, "regulator-js").get("/api/v1/enforcement/cases?size=500").body()).doesNotContain(caseId);
        assertThat(zhejiang.get("/api/v1/enforcement/cases?sort=nonsense").status()).isEqualTo(400);
        assertThat(zhejiang.get("/api/v1/enforcement/cases?stage=SLEEPING").status()).isEqualTo(400);
    }

    private static String caseUrl(String caseId) {
        return "/api/v1/enforcement/cases/" + caseId;
    }

    private static java.util.List<String> types(JsonNode history) {
        var types = new java.util.ArrayList<String>();
        history.forEach(event -> types.add(event.get("type").asString()));
        return types;
    }

    private static JsonNode eventOf(JsonNode history, String type) {
        for (JsonNode event : history) {
            if (event.get("type").asString().equals(type)) {
                return event;
            }
        }
        throw new AssertionError("no " + type + " in " + history);
    }
}
