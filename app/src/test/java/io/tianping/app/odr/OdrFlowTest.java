package io.tianping.app.odr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.MutableClock;
import io.tianping.app.support.TianpingTest;
import io.tianping.enforcement.api.CaseId;
import io.tianping.odr.process.ComplaintClockWatch;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.WorkingDayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The two journeys of issue 12 over real HTTP, as the README tour runs them. */
@TianpingTest
class OdrFlowTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.china();

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired ComplaintClockWatch watch;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void enrolmentThenAnOdrComplaintNotSettledEscalatedAcceptedMediatedAndAgreed() {
        Api enterprise = Odr.demoEnterprise(port);
        Api xihu = Odr.xihu(port);
        Api intake = Odr.intake(port);
        Api anyone = Api.anonymous(port);

        var applied = enterprise.post("/api/v1/odr/enterprises", Odr.application(Odr.DEMO_ENTERPRISE));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        assertThat(applied.location()).endsWith("/api/v1/odr/enterprises/" + Odr.DEMO_ENTERPRISE);
        assertThat(applied.json().get("status").asString()).isEqualTo("APPLIED");
        assertThat(anyone.get("/api/v1/odr/enterprises?region=330106").body()).doesNotContain(Odr.DEMO_ENTERPRISE);

        String approval = "/api/v1/odr/enterprises/" + Odr.DEMO_ENTERPRISE + "/approval";
        assertThat(Api.asPerson(port, "regulator-js").post(approval, "").status()).as("Jiangsu is not Xihu's region").isEqualTo(403);
        assertThat(Api.platformA(port).post(approval, "").status()).as("a platform is no regulator").isEqualTo(403);
        assertThat(enterprise.post(approval, "").status()).as("an enterprise cannot approve itself").isEqualTo(403);
        JsonNode approved = xihu.post(approval, "").json();
        assertThat(approved.get("status").asString()).isEqualTo("ACTIVE");

        JsonNode list = anyone.get("/api/v1/odr/enterprises?region=330100&status=ACTIVE").json().get("items");
        JsonNode listed = find(list, "creditCode", Odr.DEMO_ENTERPRISE);
        assertThat(listed).as("the public list of Hangzhou shows it").isNotNull();
        assertThat(listed.get("activeSince").asString()).isNotBlank();

        Instant receivedAt = clock.instant().minusSeconds(60);
        LocalDate received = ChinaTime.dayOf(receivedAt);
        var filed = intake.post("/api/v1/odr/complaints", Odr.complaint(Odr.DEMO_ENTERPRISE, true, receivedAt));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode routed = filed.json();
        String id = routed.get("complaintId").asString();
        assertThat(routed.get("route").asString()).isEqualTo("ENTERPRISE");
        assertThat(routed.get("region").asString()).isEqualTo("330106");
        assertThat(routed.get("dueBy").asString()).isEqualTo(CALENDAR.plusWorkingDays(received, 10).toString());

        JsonNode own = find(enterprise.get("/api/v1/odr/complaints?stage=WITH_ENTERPRISE").json().get("items"), "complaintId", id);
        assertThat(own).as("the enterprise sees its complaint").isNotNull();
        assertThat(own.get("consumer").get("phone").asString()).isEqualTo("138****5678");
        assertThat(own.toString()).doesNotContain("13812345678");
        var stranger = Odr.newEnterprise(port, "330106");
        assertThat(stranger.api().get("/api/v1/odr/complaints/" + id).status()).as("another enterprise").isEqualTo(404);
        assertThat(stranger.api().get("/api/v1/odr/complaints").body()).doesNotContain(id);

        assertThat(intake.post("/api/v1/odr/complaints/" + id + "/escalation", "{}").status())
                .as("the enterprise still has its 10 working days").isEqualTo(409);
        JsonNode notSettled = Odr.step(enterprise, id, "settlement", """
                {"handledAt":"%s","settled":false,"method":"电话协商","result":"消费者要求三倍赔偿，未达成一致"}""".formatted(clock.instant()));
        assertThat(notSettled.get("stage").asString()).isEqualTo("NOT_SETTLED_BY_ENTERPRISE");

        JsonNode escalated = Odr.step(intake, id, "escalation", "{}");
        assertThat(escalated.get("route").asString()).isEqualTo("REGULATOR");
        assertThat(escalated.get("dueBy").asString()).as("7 WD from the escalation, the enterprise's days not counted")
                .isEqualTo(CALENDAR.plusWorkingDays(ChinaTime.today(clock), 7).toString());
        var late = enterprise.post("/api/v1/odr/complaints/" + id + "/settlement", """
                {"handledAt":"%s","settled":true,"method":"电话","result":"退款"}""".formatted(clock.instant()));
        assertThat(late.status()).as("settle after escalation").isEqualTo(409);
        assertThat(late.body()).contains("before any escalation");

        assertThat(Api.asPerson(port, "regulator-js").post("/api/v1/odr/complaints/" + id + "/acceptance", "{}").status())
                .isEqualTo(403);
        assertThat(enterprise.post("/api/v1/odr/complaints/" + id + "/acceptance", "{}").status())
                .as("an enterprise cannot act as a regulator").isEqualTo(403);
        JsonNode accepted = Odr.step(xihu, id, "acceptance", "{}");
        assertThat(accepted.get("stage").asString()).isEqualTo("IN_MEDIATION");
        assertThat(accepted.get("dueBy").asString()).isEqualTo(CALENDAR.plusWorkingDays(ChinaTime.today(clock), 45).toString());
        var twice = xihu.post("/api/v1/odr/complaints/" + id + "/acceptance", "{}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(twice.json().get("detail").asString()).contains("is IN_MEDIATION and cannot be accepted");

        assertThat(Odr.step(xihu, id, "test-pause", "{\"test\":\"漏电检测\"}").get("dueBy").isNull()).as("paused").isTrue();
        assertThat(Odr.step(xihu, id, "test-resumption", "{}").get("dueBy").asString()).isEqualTo(accepted.get("dueBy").asString());
        JsonNode agreed = Odr.step(xihu, id, "mediation-result", "{\"agreed\":true,\"terms\":\"退款 129 元并赔偿 500 元\"}");
        assertThat(agreed.get("stage").asString()).isEqualTo("AGREED");
        Odr.step(intake, id, "feedback", "{\"satisfied\":true}");

        JsonNode seen = xihu.get("/api/v1/odr/complaints/" + id).json();
        assertThat(seen.get("stage").asString()).isEqualTo("AGREED");
        assertThat(seen.get("outcome").asString()).isEqualTo("退款 129 元并赔偿 500 元");
        assertThat(seen.get("satisfied").asBoolean()).isTrue();
        assertThat(seen.get("settlement").get("settled").asBoolean()).isFalse();
        assertThat(Api.asPerson(port, "regulator-js").get("/api/v1/odr/complaints/" + id).status()).isEqualTo(404);

        Api auditor = Api.asPerson(port, "auditor");
        List<String> types = new ArrayList<>();
        auditor.get("/api/v1/audit/complaint/" + id + "/events").json().forEach(e -> types.add(e.get("type").asString()));
        assertThat(types).containsExactly("ComplaintFiled", "SettlementRecorded", "ComplaintEscalated", "ComplaintAccepted",
                "TestPauseStarted", "TestPauseEnded", "MediationAgreed", "FeedbackRecorded");
        assertThat(auditor.get("/api/v1/audit/complaint/" + id + "/integrity").json().get("intact").asBoolean()).isTrue();
        assertThat(xihu.get("/api/v1/audit/complaint/" + id + "/integrity").status()).as("its region").isEqualTo(200);
        assertThat(Api.asPerson(port, "regulator-js").get("/api/v1/audit/complaint/" + id + "/events").status()).isEqualTo(404);

        String enterpriseId = "odr-" + Odr.DEMO_ENTERPRISE;
        JsonNode enrolment = xihu.get("/api/v1/audit/odr-enterprise/" + enterpriseId + "/events").json();
        assertThat(enrolment).hasSize(2);
        assertThat(enrolment.get(1).get("type").asString()).isEqualTo("OdrEnterpriseApproved");
        assertThat(enrolment.get(1).get("metadata").get("actor").asString()).isEqualTo("regulator-xihu");
        JsonNode integrity = auditor.get("/api/v1/audit/odr-enterprise/" + enterpriseId + "/integrity").json();
        assertThat(integrity.get("intact").asBoolean()).isTrue();
        assertThat(integrity.get("eventsChecked").asInt()).isEqualTo(2);
        assertThat(Api.asPerson(port, "regulator-js").get("/api/v1/audit/odr-enterprise/" + enterpriseId + "/events").status())
                .isEqualTo(404);
    }

    @Test
    void anOverdueComplaintIsEscalatedAndItsClueBecomesAnEnforcementClueInTheRegion() {
        Api xihu = Odr.xihu(port);
        Api intake = Odr.intake(port);
        var enterprise = Odr.activeEnterprise(port, "330106", xihu);
        String id = Odr.file(port, enterprise.creditCode(), true, clock.instant().minusSeconds(60));

        clock.advance(Duration.ofDays(30));
        assertThat(watch.checkClocks()).isPositive();
        await("nothing recorded by the due day").atMost(Duration.ofSeconds(30)).until(() ->
                xihu.get("/api/v1/odr/complaints/" + id).json().get("stage").asString().equals("OVERDUE_AT_ENTERPRISE"));
        assertThat(enterprise.api().get("/api/v1/odr/complaints/" + id).json().get("stage").asString())
                .isEqualTo("OVERDUE_AT_ENTERPRISE");

        JsonNode escalated = Odr.step(intake, id, "escalation", "{}");
        assertThat(escalated.get("stage").asString()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(escalated.get("dueBy").asString()).isEqualTo(CALENDAR.plusWorkingDays(ChinaTime.today(clock), 7).toString());

        JsonNode clue = Odr.step(xihu, id, "clue", "{\"note\":\"疑似销售不合格电热水壶\"}");
        assertThat(clue.get("stage").asString()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(xihu.post("/api/v1/odr/complaints/" + id + "/clue", "{}").status()).as("one clue per complaint").isEqualTo(409);

        String caseId = CaseId.of("complaint", id).value();
        await().atMost(Duration.ofSeconds(30)).until(() -> xihu.get("/api/v1/enforcement/cases/" + caseId).status() == 200);
        JsonNode opened = xihu.get("/api/v1/enforcement/cases/" + caseId).json();
        assertThat(opened.get("stage").asString()).isEqualTo("CLUE");
        assertThat(opened.get("source").asString()).isEqualTo("COMPLAINT");
        assertThat(opened.get("competentRegion").asString()).isEqualTo("330106");
        assertThat(opened.get("party").get("creditCode").asString()).isEqualTo(enterprise.creditCode());
        assertThat(opened.get("sourceRef").asString()).isEqualTo(id);
        assertThat(opened.get("deadlines").toString()).as("the art. 23 / filing clock runs")
                .contains(CALENDAR.plusWorkingDays(ChinaTime.today(clock), 15).toString());
        assertThat(Api.asPerson(port, "regulator-js").get("/api/v1/enforcement/cases/" + caseId).status()).isEqualTo(404);
    }

    static JsonNode find(JsonNode items, String field, String value) {
        for (JsonNode item : items) {
            if (item.get(field).asString().equals(value)) {
                return item;
            }
        }
        return null;
    }
}
