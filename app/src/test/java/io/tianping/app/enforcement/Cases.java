package io.tianping.app.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;

/** Case steps over HTTP for tests, as a regulator would call them. */
final class Cases {

    private Cases() {
    }

    /** Raises a clue in the regulator's own region against {@code creditCode} and files it; returns the case id. */
    static String filedCase(Api regulator, String partyName, String creditCode) {
        var raised = regulator.post("/api/v1/enforcement/clues", """
                {"source":"COMPLAINT","party":{"name":"%s","creditCode":"%s"},"product":"电热水壶",
                 "description":"消费者投诉：电热水壶无3C标志"}""".formatted(partyName, creditCode));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String caseId = raised.json().get("caseId").asString();
        var filed = regulator.post("/api/v1/enforcement/cases/" + caseId + "/filing", "{\"reason\":\"涉嫌销售未经认证产品\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        return caseId;
    }

    static void step(Api regulator, String caseId, String step, String body) {
        var response = regulator.post("/api/v1/enforcement/cases/" + caseId + "/" + step, body);
        assertThat(response.status()).as(step + ": " + response.body()).isBetween(200, 201);
    }
}
