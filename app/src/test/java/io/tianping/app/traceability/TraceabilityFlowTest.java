package io.tianping.app.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import io.tianping.enforcement.api.CaseId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The tour of issue 13 over HTTP: register → commission → scan GENUINE with a VALID certificate → a suspension shows on
 * the next scan → a clone is suspected and enforcement gets a clue → a recall → the listing is intercepted RECALLED and its
 * platform gets a takedown notice.
 */
@TianpingTest
class TraceabilityFlowTest {

    @LocalServerPort int port;

    @Test
    void fromRegistrationToRecall() {
        String certificate = Trace.kettleCertificate(port);
        String gtin = Trace.newGtin();
        Trace.register(port, gtin, "SWF-17E", certificate);
        Api maker = Trace.maker(port);
        Api platformA = Api.platformA(port);

        JsonNode job = Trace.capture(maker, Trace.commissioning(gtin, "L2026A", "S1", "S2", "S3"));
        assertThat(job.get("success").asBoolean()).as(job.toString()).isTrue();
        assertThat(job.get("eventsCaptured").asInt()).isEqualTo(1);

        // a listing of the model passes and is bound to the certificate
        var listing = platformA.post("/api/v1/listing-checks", Certificates.listing("T-" + gtin, certificate, "SWF-17E"));
        assertThat(listing.json().get("verdict").asString()).as(listing.body()).isEqualTo("PASS");

        // the consumer scans: genuine, certificate valid, every serial commissioned; an unknown serial is not genuine
        JsonNode genuine = scan(platformA, gtin, "L2026A", "S1", Instant.now().minus(2, ChronoUnit.HOURS), 30.27, 120.16, "phone-1");
        assertThat(genuine.get("state").asString()).isEqualTo("GENUINE");
        assertThat(genuine.get("certificate").get("status").asString()).isEqualTo("VALID");
        assertThat(genuine.get("certificate").get("number").asString()).isEqualTo(certificate);
        assertThat(genuine.get("manufacturer").get("creditCode").asString()).isEqualTo(Trace.MAKER);
        assertThat(Api.anonymous(port).get("/01/%s/21/NEVER".formatted(gtin)).json().get("state").asString())
                .isEqualTo("NOT_REGISTERED");
        assertThat(Api.anonymous(port).get("/01/%s/10/OTHERLOT/21/S1".formatted(gtin)).json().get("state").asString())
                .as("a serial under a lot not its own").isEqualTo("NOT_REGISTERED");
        var html = Trace.getAccepting(port, "/01/%s/10/L2026A/21/S1".formatted(gtin), "text/html,*/*;q=0.8");
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("产品数字护照", "正品", "有效", gtin);
        var linkset = Trace.getAccepting(port, "/01/%s/21/S1".formatted(gtin), "application/linkset+json");
        assertThat(linkset.headers().firstValue("Content-Type").orElse("")).startsWith("application/linkset+json");
        assertThat(Trace.json(linkset.body()).get("linkset").get(0).get("anchor").asString())
                .isEqualTo("https://id.gs1.org/01/%s/21/S1".formatted(gtin));

        // the certification body suspends the certificate: the next scan says so
        assertThat(Api.certBody(port).post("/api/v1/certificates/%s/suspension".formatted(certificate),
                "{\"reason\":\"监督抽查不合格\"}").status()).isEqualTo(200);
        JsonNode suspended = Api.anonymous(port).get("/01/%s/21/S1".formatted(gtin)).json();
        assertThat(suspended.get("certificate").get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(Api.certBody(port).post("/api/v1/certificates/%s/reinstatement".formatted(certificate),
                "{\"reason\":\"整改完成\"}").status()).isEqualTo(200);
        assertThat(Api.anonymous(port).get("/01/%s/21/S1".formatted(gtin)).json().get("certificate").get("status").asString())
                .isEqualTo("VALID");

        // the same serial in Urumqi an hour after Hangzhou: a clone, and a clue in the producer's region
        JsonNode clone = scan(platformA, gtin, "L2026A", "S1", Instant.now().minus(1, ChronoUnit.HOURS), 43.83, 87.62, "phone-2");
        assertThat(clone.get("state").asString()).isEqualTo("CLONE_SUSPECTED");
        assertThat(clone.get("cloneSuspicion").get("reason").asString()).isEqualTo("IMPOSSIBLE_TRAVEL");
        String caseId = CaseId.of("traceability-clone", gtin + ".S1").value();
        Api zhejiang = Api.asPerson(port, "regulator-zj");
        await().atMost(Duration.ofSeconds(30)).until(() -> zhejiang.get("/api/v1/enforcement/cases/" + caseId).status() == 200);
        JsonNode clue = zhejiang.get("/api/v1/enforcement/cases/" + caseId).json();
        assertThat(clue.toString()).contains("COUNTERFEIT_SCAN", Trace.MAKER);
        assertThat(Api.asPerson(port, "regulator-js").get("/api/v1/enforcement/cases/" + caseId).status()).isEqualTo(404);

        // the manufacturer recalls: passports say RECALLED with the remedy
        var recalled = maker.post("/api/v1/traceability/recalls", """
                {"gtin":"%s","lots":["L2026A"],"hazard":"电源线绝缘不足，有触电风险","remedy":"停止使用，免费更换电源线"}"""
                .formatted(gtin));
        assertThat(recalled.status()).as(recalled.body()).isEqualTo(201);
        assertThat(recalled.json().has("recallId")).as(recalled.body()).isTrue();
        String recallId = recalled.json().get("recallId").asString();
        JsonNode recalledItem = scan(platformA, gtin, "L2026A", "S2", Instant.now(), 30.27, 120.16, "phone-3");
        assertThat(recalledItem.get("state").asString()).isEqualTo("RECALLED");
        assertThat(recalledItem.get("recall").get("remedy").asString()).isEqualTo("停止使用，免费更换电源线");

        // listings of the recalled model on that certificate are intercepted, and the bound one is taken down
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode check = platformA.post("/api/v1/listing-checks",
                    Certificates.listing("T2-" + gtin, certificate, "SWF-17E")).json();
            assertThat(check.get("verdict").asString()).isEqualTo("INTERCEPT");
            assertThat(check.get("reasons").toString()).contains("RECALLED");
        });
        JsonNode otherModel = platformA.post("/api/v1/listing-checks",
                Certificates.listing("T3-" + gtin, certificate, "SWF-15E")).json();
        assertThat(otherModel.get("verdict").asString()).as("another model of the certificate").isEqualTo("PASS");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                platformA.get("/api/v1/takedown-notices?after=0&limit=100").json().get("items").toString())
                .contains("T-" + gtin, "RECALLED"));

        // progress: three units affected; a consumer-level return captured; the monthly report counts too
        JsonNode returned = Trace.capture(maker, Trace.document("""
                {"type":"ObjectEvent","eventTime":"%s","eventTimeZoneOffset":"+08:00","action":"OBSERVE",
                 "epcList":["https://id.gs1.org/01/%s/21/S2"],"bizStep":"receiving","disposition":"recalled",
                 "tianping:recallLevel":"CONSUMER"}""".formatted(Instant.now().plusSeconds(1), gtin)));
        assertThat(returned.get("success").asBoolean()).as(returned.toString()).isTrue();
        JsonNode progress = maker.get("/api/v1/traceability/recalls/" + recallId).json();
        assertThat(progress.get("affectedUnits").asLong()).isEqualTo(3);
        assertThat(progress.get("correctionRate").get("numerator").asLong()).isEqualTo(1);
        assertThat(progress.get("correctionRate").get("denominator").asLong()).isEqualTo(3);
        assertThat(progress.get("levels").toString()).contains("\"level\":\"CONSUMER\",\"fromEvents\":1");
        assertThat(Api.asPerson(port, "regulator-zj").get("/api/v1/traceability/recalls/" + recallId).status()).isEqualTo(200);
        assertThat(Api.asPerson(port, "regulator-js").get("/api/v1/traceability/recalls/" + recallId).status()).isEqualTo(404);
        assertThat(Api.asPerson(port, "auditor").get("/api/v1/audit/recall/" + recallId + "/events").status()).isEqualTo(200);
        assertThat(Api.asPerson(port, "auditor").get("/api/v1/audit/product/" + gtin + "/events").json().toString())
                .contains("ProductRegistered");
    }

    private static JsonNode scan(Api platform, String gtin, String lot, String serial, Instant at, double lat, double lon,
                                 String device) {
        var scanned = platform.post("/api/v1/traceability/scans", """
                {"uri":"https://id.gs1.org/01/%s/10/%s/21/%s","scannedAt":"%s","location":{"lat":%s,"lon":%s},"device":"%s"}"""
                .formatted(gtin, lot, serial, at, lat, lon, device));
        assertThat(scanned.status()).as(scanned.body()).isEqualTo(200);
        return scanned.json();
    }
}
