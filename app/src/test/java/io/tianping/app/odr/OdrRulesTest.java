package io.tianping.app.odr;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.MutableClock;
import io.tianping.app.support.TianpingTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Bad input and steps out of order: 400/403/404/409 problems naming the field or the rule, never a 500. */
@TianpingTest
class OdrRulesTest {

    @LocalServerPort int port;
    @Autowired MutableClock clock;

    @Test
    void anUnknownEnterpriseOrABadCreditCodeIsNamed() {
        Api xihu = Odr.xihu(port);
        String neverApplied = io.tianping.app.support.Certificates.creditCode("91330106MA2NQQQQ1");
        var missing = xihu.post("/api/v1/odr/enterprises/" + neverApplied + "/approval", "");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        var bad = xihu.post("/api/v1/odr/enterprises/12345/approval", "");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad.json())).containsExactly("creditCode");
        var badComplaint = Odr.intake(port).post("/api/v1/odr/complaints",
                Odr.complaint("91330106MA27XH3Q5", true, clock.instant()));
        assertThat(badComplaint.status()).isEqualTo(400);
        assertThat(fields(badComplaint.json())).containsExactly("respondent.creditCode");
    }

    @Test
    void missingFieldsAreEachNamed() {
        var enterprise = Odr.newEnterprise(port, "330106");
        var application = enterprise.api().post("/api/v1/odr/enterprises",
                "{\"creditCode\":\"%s\",\"name\":\"x\",\"commitment\":true}".formatted(enterprise.creditCode()));
        assertThat(application.status()).isEqualTo(400);
        assertThat(fields(application.json())).containsExactlyInAnyOrder("address", "contact", "staff", "procedures");
        var noCommitment = enterprise.api().post("/api/v1/odr/enterprises",
                Odr.application(enterprise.creditCode()).replace("\"commitment\":true", "\"commitment\":false"));
        assertThat(noCommitment.status()).isEqualTo(400);
        assertThat(fields(noCommitment.json())).containsExactly("commitment");
        var forAnother = enterprise.api().post("/api/v1/odr/enterprises", Odr.application(Odr.DEMO_ENTERPRISE));
        assertThat(forAnother.status()).as("an enterprise applies for itself").isEqualTo(403);

        var complaint = Odr.intake(port).post("/api/v1/odr/complaints", "{\"consumer\":{\"name\":\"张三\"},\"product\":{}}");
        assertThat(complaint.status()).isEqualTo(400);
        assertThat(fields(complaint.json())).contains("receivedAt", "odr", "consumer.phone", "respondent", "product.name",
                "claim", "facts");
        String id = Odr.file(port, Odr.DEMO_ENTERPRISE, false, clock.instant());
        var settlement = Odr.demoEnterprise(port).post("/api/v1/odr/complaints/" + id + "/settlement", "{\"settled\":true}");
        assertThat(settlement.status()).isEqualTo(400);
        assertThat(fields(settlement.json())).containsExactlyInAnyOrder("handledAt", "method", "result");
    }

    @Test
    void aGroundThatArticle15DoesNotHaveIsRefused() {
        String id = Odr.file(port, Odr.DEMO_ENTERPRISE, false, clock.instant());
        var unknown = Odr.xihu(port).post("/api/v1/odr/complaints/" + id + "/rejection", "{\"ground\":\"TOO_EXPENSIVE\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown.json())).containsExactly("ground");
        var none = Odr.xihu(port).post("/api/v1/odr/complaints/" + id + "/rejection", "{}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(fields(none.json())).containsExactly("ground");
        JsonNode rejected = Odr.step(Odr.xihu(port), id, "rejection", "{\"ground\":\"ART15_4_OVER_THREE_YEARS\"}");
        assertThat(rejected.get("stage").asString()).isEqualTo("REJECTED");
        var accept = Odr.xihu(port).post("/api/v1/odr/complaints/" + id + "/acceptance", "{}");
        assertThat(accept.status()).isEqualTo(409);
        assertThat(accept.json().get("detail").asString()).contains("is REJECTED and cannot be accepted");
    }

    @Test
    void anExitedEnterpriseIsNotApprovedAndLeavesThePublicList() {
        Api xihu = Odr.xihu(port);
        var enterprise = Odr.activeEnterprise(port, "330106", xihu);
        String path = "/api/v1/odr/enterprises/" + enterprise.creditCode();
        assertThat(Api.anonymous(port).get("/api/v1/odr/enterprises?region=330106").body()).contains(enterprise.creditCode());
        var noReason = xihu.post(path + "/warning", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason.json())).containsExactly("reason");
        assertThat(xihu.post(path + "/warning", "{\"reason\":\"和解率低\"}").json().get("status").asString()).isEqualTo("WARNED");
        assertThat(Api.anonymous(port).get("/api/v1/odr/enterprises?region=330106&status=WARNED").body())
                .as("a warned enterprise is still enrolled").contains(enterprise.creditCode());
        assertThat(xihu.post(path + "/warning", "{\"reason\":\"再次\"}").status()).as("warned twice").isEqualTo(409);
        assertThat(xihu.post(path + "/exit", "{\"reason\":\"承诺未履行\"}").json().get("status").asString()).isEqualTo("EXITED");
        var approve = xihu.post(path + "/approval", "");
        assertThat(approve.status()).isEqualTo(409);
        assertThat(approve.json().get("detail").asString()).contains("an exited enterprise must apply again");
        assertThat(Api.anonymous(port).get("/api/v1/odr/enterprises?region=330106").body()).doesNotContain(enterprise.creditCode());
        var odr = Odr.intake(port).post("/api/v1/odr/complaints", Odr.complaint(enterprise.creditCode(), true, clock.instant()));
        assertThat(odr.json().get("route").asString()).as("ODR against an exited enterprise").isEqualTo("REGULATOR");
        assertThat(Api.anonymous(port).get("/api/v1/odr/enterprises?status=EXITED").status()).isEqualTo(400);
    }

    @Test
    void onlyARegulatorOfTheRegionActsAsOne() {
        String id = Odr.file(port, Odr.DEMO_ENTERPRISE, false, clock.instant());
        String accept = "/api/v1/odr/complaints/" + id + "/acceptance";
        assertThat(Odr.demoEnterprise(port).post(accept, "{}").status()).as("an enterprise").isEqualTo(403);
        assertThat(Api.platformA(port).post(accept, "{}").status()).as("a platform").isEqualTo(403);
        assertThat(Odr.intake(port).post(accept, "{}").status()).as("the intake").isEqualTo(403);
        assertThat(Api.asPerson(port, "regulator-js").post(accept, "{}").status()).as("another province").isEqualTo(403);
        assertThat(Api.asPerson(port, "regulator-js").get("/api/v1/odr/complaints/" + id).status()).isEqualTo(404);
        assertThat(Api.platformA(port).get("/api/v1/odr/complaints").status()).isEqualTo(403);
        assertThat(Odr.demoEnterprise(port).post("/api/v1/odr/complaints", Odr.complaint(Odr.DEMO_ENTERPRISE, true,
                clock.instant())).status()).as("only the intake files").isEqualTo(403);
        assertThat(Api.asPerson(port, "regulator-zj").post(accept, "{}").status()).as("the province above").isEqualTo(200);
        assertThat(Api.asPerson(port, "auditor").post(accept, "{}").status()).as("auditors never write").isEqualTo(403);
    }

    @Test
    void aDateInAYearWithoutAHolidayTableIsRefusedNamingIt() {
        var filed = Odr.intake(port).post("/api/v1/odr/complaints",
                Odr.complaint(Odr.DEMO_ENTERPRISE, false, java.time.Instant.parse("2024-12-20T02:00:00Z")));
        assertThat(filed.status()).isEqualTo(400);
        assertThat(filed.json().get("detail").asString()).contains("2024").contains("2024-12-21");
        assertThat(filed.json().get("date").asString()).isEqualTo("2024-12-21");
        var future = Odr.intake(port).post("/api/v1/odr/complaints",
                Odr.complaint(Odr.DEMO_ENTERPRISE, false, clock.instant().plusSeconds(86_400)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(fields(future.json())).contains("receivedAt");
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
