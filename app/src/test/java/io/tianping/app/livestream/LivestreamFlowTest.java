package io.tianping.app.livestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.MutableClock;
import io.tianping.app.support.TianpingTest;
import io.tianping.enforcement.api.CaseId;
import io.tianping.livestream.process.BlacklistTermWatch;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The live-commerce tour over HTTP: one identity across platforms and the blacklist that follows it, a session whose
 * product fails the CCC check becoming a clue in the right county, and personal data masked until a regulator reveals
 * it for a purpose (recorded).
 */
@TianpingTest
class LivestreamFlowTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired BlacklistTermWatch blacklistWatch;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBlacklistedPersonIsRefusedOnEveryPlatformUntilTheTermEnds() {
        String id = Subjects.idNumber("330106", LocalDate.of(1996, 4, 18));
        var registered = Api.platformA(port).post("/api/v1/livestream/hosts", Subjects.adultHost("a-host-" + id, id));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String hostId = registered.json().get("hostId").asString();
        assertThat(hostId).doesNotContain(id.substring(6, 14));

        LocalDate until = Subjects.today().plusDays(10);
        var blacklisted = Api.platformA(port).post("/api/v1/livestream/disposals", """
                {"subjectId":"%s","measure":"BLACKLIST","reason":"多次销售假冒产品","until":"%s",
                 "appealRoute":"向 Platform A 申诉，或向杭州市市场监管局投诉"}""".formatted(hostId, until));
        assertThat(blacklisted.status()).as(blacklisted.body()).isEqualTo(201);
        assertThat(blacklisted.json().get("county").asString()).isEqualTo("330106");
        assertThat(blacklisted.json().get("province").asString()).as("a blacklist goes to the province too").isEqualTo("330000");

        var refused = Api.platformB(port).post("/api/v1/livestream/hosts", Subjects.adultHost("b-new-name", id));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).endsWith("/blacklisted");
        JsonNode picture = Api.asPerson(port, "regulator-zj").get("/api/v1/livestream/subjects/" + hostId).json();
        assertThat(picture.get("refusedAttempts").toString()).contains("platform-b", "b-new-name", "REFUSED_BLACKLISTED");
        assertThat(picture.get("blacklist").get("active").asBoolean()).isTrue();

        clock.advance(Duration.ofDays(11));
        assertThat(blacklistWatch.endExpiredBlacklists()).isGreaterThanOrEqualTo(1);
        var accepted = Api.platformB(port).post("/api/v1/livestream/hosts", Subjects.adultHost("b-new-name", id));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("hostId").asString()).as("one identity, one subject").isEqualTo(hostId);
        JsonNode after = Api.asPerson(port, "regulator-zj").get("/api/v1/livestream/subjects/" + hostId).json();
        assertThat(after.get("blacklist").get("active").asBoolean()).isFalse();
        assertThat(after.get("accounts").toString()).contains("platform-a", "platform-b");
    }

    @Test
    void aSuspendedCertificateShownInASessionBecomesAClueInTheRoomsCounty() {
        String number = Certificates.newNumber("0717");
        Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number));
        Api.certBody(port).post("/api/v1/certificates/" + number + "/suspension", "{\"reason\":\"抽查不合格\"}");
        String code = Subjects.creditCode();
        var room = Api.platformA(port).post("/api/v1/livestream/operators", Subjects.operator("room-" + code, code, "330106"));
        assertThat(room.status()).as(room.body()).isEqualTo(201);
        String operatorId = room.json().get("operatorId").asString();
        String hostIdNumber = Subjects.idNumber("320102", LocalDate.of(1990, 1, 1));
        String hostId = Api.platformA(port).post("/api/v1/livestream/hosts", Subjects.adultHost("h-" + code, hostIdNumber))
                .json().get("hostId").asString();

        var session = Api.platformA(port).post("/api/v1/livestream/sessions", """
                {"operatorId":"%s","hostIds":["%s"],"startedAt":"2026-03-02T12:00:00Z","products":[
                  {"listingId":"LIVE-%s","catalogueCode":"0717","model":"SWF-17E","certificateNumber":"%s",
                   "seller":{"name":"杭州小家电专营店","creditCode":"%s"},"price":"129.00"}]}"""
                .formatted(operatorId, hostId, code, number, Certificates.HOLDER));
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        JsonNode product = session.json().get("products").get(0);
        assertThat(product.get("verdict").asString()).isEqualTo("INTERCEPT");
        assertThat(product.get("reasons").toString()).contains("CERTIFICATE_SUSPENDED");

        String sessionId = session.json().get("sessionId").asString();
        String caseId = CaseId.of("livestream-finding", sessionId + ":LIVE-" + code).value();
        Api xihu = Api.asPerson(port, "regulator-xihu");
        await().atMost(WAIT).until(() -> xihu.get("/api/v1/enforcement/cases/" + caseId).status() == 200);
        JsonNode clue = xihu.get("/api/v1/enforcement/cases/" + caseId).json();
        assertThat(clue.get("source").asString()).isEqualTo("LIVE_MARKETING");
        assertThat(clue.get("competentRegion").asString()).as("where the room actually operates").isEqualTo("330106");
        assertThat(clue.get("party").get("creditCode").asString()).isEqualTo(code);
        assertThat(Api.asPerson(port, "regulator-js").get("/api/v1/enforcement/cases/" + caseId).status()).isEqualTo(404);

        JsonNode picture = xihu.get("/api/v1/livestream/subjects/" + operatorId).json();
        assertThat(picture.get("findings").get(0).get("region").asString()).isEqualTo("330106");
        assertThat(picture.get("sessions").get(0).get("intercepted").asInt()).isEqualTo(1);

        var hostFinding = Api.asPerson(port, "regulator-js").post("/api/v1/livestream/findings", """
                {"subjectId":"%s","sessionId":"%s","kind":"FALSE_ADVERTISING","description":"主播夸大产品功效",
                 "evidenceSha256":"%s"}""".formatted(hostId, sessionId, "ab".repeat(32)));
        assertThat(hostFinding.status()).as(hostFinding.body()).isEqualTo(201);
        assertThat(hostFinding.json().get("region").asString()).as("a host goes where the room goes, not to 320102")
                .isEqualTo("330106");
        assertThat(hostFinding.json().get("routing").asString()).isEqualTo("ROOM_OPERATOR");
    }

    @Test
    void personalDataIsMaskedUntilARegulatorOfTheRegionRevealsItForAPurpose() {
        String id = Subjects.idNumber("330106", LocalDate.of(1988, 8, 8));
        String account = "mask-" + id.substring(14);
        String hostId = Api.platformA(port).post("/api/v1/livestream/hosts", Subjects.adultHost(account, id))
                .json().get("hostId").asString();
        Api xihu = Api.asPerson(port, "regulator-xihu");

        var found = xihu.get("/api/v1/livestream/subjects?q=" + account);
        assertThat(found.json().get("items").toString()).contains(hostId);
        var picture = xihu.get("/api/v1/livestream/subjects/" + hostId);
        assertThat(picture.body()).doesNotContain(id).doesNotContain("13812345678");
        assertThat(picture.json().get("idNumber").asString()).isEqualTo("330106********" + id.substring(14));
        assertThat(picture.json().get("phone").asString()).isEqualTo("138****5678");

        String path = "/api/v1/livestream/subjects/" + hostId + "/reveal";
        assertThat(xihu.post(path, "{\"field\":\"idNumber\"}").status()).as("no purpose").isEqualTo(400);
        assertThat(Api.asPerson(port, "auditor").post(path, "{\"field\":\"idNumber\",\"purpose\":\"看看\"}").status())
                .as("auditors read, never reveal").isEqualTo(403);
        assertThat(Api.asPerson(port, "regulator-js").post(path, "{\"field\":\"idNumber\",\"purpose\":\"核查\"}").status())
                .as("not the competent region").isEqualTo(404);
        var revealed = xihu.post(path, "{\"field\":\"idNumber\",\"purpose\":\"核查投诉涉及主播身份\"}");
        assertThat(revealed.status()).as(revealed.body()).isEqualTo(200);
        assertThat(revealed.json().get("value").asString()).isEqualTo(id);
        assertThat(xihu.post(path, "{\"field\":\"phone\",\"purpose\":\"联系主播\"}").json().get("value").asString())
                .isEqualTo("13812345678");

        JsonNode reveals = xihu.get("/api/v1/livestream/subjects/" + hostId).json().get("reveals");
        assertThat(reveals).hasSize(2);
        assertThat(reveals.get(0).get("purpose").asString()).isEqualTo("核查投诉涉及主播身份");
        assertThat(reveals.get(0).get("by").asString()).isEqualTo("regulator-xihu");
        var audit = Api.asPerson(port, "auditor").get("/api/v1/audit/subject/" + hostId + "/events");
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        assertThat(audit.body()).contains("DataRevealed", "核查投诉涉及主播身份", "330106********" + id.substring(14))
                .as("the store and the audit trail keep personal data sealed, never in clear")
                .doesNotContain(id).doesNotContain("13812345678");
        assertThat(Api.asPerson(port, "auditor").get("/api/v1/audit/subject/" + hostId + "/integrity").json()
                .get("intact").asBoolean()).isTrue();
    }

    @Test
    void aSeriousViolatorListedByEnforcementIsBlacklistedInLiveCommerce() {
        String code = Subjects.creditCode();
        Api zhejiang = Api.asPerson(port, "regulator-zj");
        var raised = zhejiang.post("/api/v1/enforcement/clues", """
                {"source":"REPORT","party":{"name":"杭州某直播商行","creditCode":"%s"},"product":"电热水壶",
                 "description":"直播间销售无 3C 标志电热水壶"}""".formatted(code));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String caseId = raised.json().get("caseId").asString();
        step(zhejiang, caseId, "filing", "{\"reason\":\"涉嫌销售未经认证产品\"}");
        step(zhejiang, caseId, "evidence", "{\"description\":\"直播录屏\",\"sha256\":\"%s\"}".formatted("cd".repeat(32)));
        step(zhejiang, caseId, "penalty-proposal", "{\"fine\":\"200000.00\",\"grounds\":\"销售未经认证产品，情节严重\"}");
        step(zhejiang, caseId, "statement", "{\"statement\":\"无异议\",\"hearingRequested\":false}");
        step(zhejiang, caseId, "decision", "{\"fine\":\"200000.00\",\"seriousViolation\":true,\"decision\":\"罚款二十万元\"}");

        await().atMost(WAIT).until(() -> Api.platformB(port).post("/api/v1/livestream/operators",
                Subjects.operator("new-room-" + code, code, "330106")).status() == 409);
        var refused = Api.platformA(port).post("/api/v1/livestream/operators", Subjects.operator("a-room-" + code, code, "330106"));
        assertThat(refused.json().get("type").asString()).endsWith("/blacklisted");
        JsonNode found = zhejiang.get("/api/v1/livestream/subjects?q=" + code).json().get("items");
        assertThat(found.toString()).contains("blacklistedUntil");
        String subjectId = found.get(0).get("subjectId").asString();
        JsonNode picture = zhejiang.get("/api/v1/livestream/subjects/" + subjectId).json();
        assertThat(picture.get("blacklist").get("source").asString()).isEqualTo("enforcement");
        assertThat(picture.get("blacklist").get("until")).isNotNull();
        assertThat(picture.get("refusedAttempts").size()).isGreaterThanOrEqualTo(2);
    }

    private static void step(Api regulator, String caseId, String step, String body) {
        var response = regulator.post("/api/v1/enforcement/cases/" + caseId + "/" + step, body);
        assertThat(response.status()).as(step + ": " + response.body()).isBetween(200, 201);
    }
}
