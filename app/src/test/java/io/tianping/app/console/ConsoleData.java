package io.tianping.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.MutableClock;
import io.tianping.spotcheck.process.SampleClockWatch;
import io.tianping.app.traceability.Trace;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the console's browser tests look at, made through the API as its users would: a case in Zhejiang and one in
 * Jiangsu, a suspended certificate with its takedown notice, intercepted listing checks, and a published spot check.
 */
final class ConsoleData {

    static final String VACUUM_MAKER = Certificates.creditCode("91330482MA2JJ0002");

    final String zhejiangCase;
    final String jiangsuCase;
    final String certificate;
    final String planId;
    final String code;

    private ConsoleData(String zhejiangCase, String jiangsuCase, String certificate, String planId, String code) {
        this.zhejiangCase = zhejiangCase;
        this.jiangsuCase = jiangsuCase;
        this.certificate = certificate;
        this.planId = planId;
        this.code = code;
    }

    static ConsoleData make(int port, MutableClock clock, SampleClockWatch watch, JdbcClient jdbc) {
        String zhejiangCase = filedCase(Api.asPerson(port, "regulator-zj"), "杭州控制台电器商行");
        String jiangsuCase = filedCase(Api.asPerson(port, "regulator-js"), "苏州控制台电器商行");
        String certificate = suspendedCertificate(port);
        String planId = publishedSpotCheck(port, clock, watch, jdbc);
        Api auditor = Api.asPerson(port, "auditor");
        await().atMost(Duration.ofSeconds(30)).until(() -> auditor.get("/api/v1/verification/check-statistics")
                .json().get("days").findValues("intercepted").stream().mapToLong(n -> n.asLong()).sum() > 0);
        return new ConsoleData(zhejiangCase, jiangsuCase, certificate, planId, scannedItem(port));
    }

    private static String filedCase(Api regulator, String partyName) {
        var raised = regulator.post("/api/v1/enforcement/clues", """
                {"source":"COMPLAINT","party":{"name":"%s","creditCode":"%s"},"product":"电热水壶",
                 "description":"消费者投诉：电热水壶无3C标志"}""".formatted(partyName, Certificates.RESELLER));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String caseId = raised.json().get("caseId").asString();
        var filed = regulator.post("/api/v1/enforcement/cases/" + caseId + "/filing", "{\"reason\":\"涉嫌销售未经认证产品\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        return caseId;
    }

    /** A kettle certificate on sale on platform A, then suspended: one takedown notice; and two intercepted checks. */
    private static String suspendedCertificate(int port) {
        String number = Certificates.newNumber("0717");
        assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
        Api platform = Api.platformA(port);
        assertThat(platform.post("/api/v1/listing-checks", Certificates.listing("CK-1", number, "SWF-17E")).json()
                .get("verdict").asString()).isEqualTo("PASS");
        var suspended = Api.certBody(port).post("/api/v1/certificates/" + number + "/suspension", "{\"reason\":\"获证产品一致性抽查不合格\"}");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        Api auditor = Api.asPerson(port, "auditor");
        await().atMost(Duration.ofSeconds(30)).until(() -> auditor.get("/api/v1/certificates/" + number + "/takedown-notices")
                .json().get("items").size() == 1);
        platform.post("/api/v1/listing-checks", Certificates.listing("CK-1", number, "SWF-17E"));
        platform.post("/api/v1/listing-checks", Certificates.listing("CK-2", Certificates.newNumber("0717"), "SWF-17E"));
        return number;
    }

    /** A vacuum cleaner bought on platform A fails and nobody objects: the result is published and ranked. */
    private static String publishedSpotCheck(int port, MutableClock clock, SampleClockWatch watch, JdbcClient jdbc) {
        String number = Certificates.newNumber("0708");
        String body = Certificates.kettle(number).replace("\"0717\"", "\"0708\"").replace("电热水壶", "真空吸尘器")
                .replace("\"SWF-17E\",\"SWF-15E\"", "\"VC-8\"").replace(Certificates.HOLDER, VACUUM_MAKER)
                .replace("浙江苏泊尔家电制造有限公司", "浙江某吸尘器制造有限公司");
        assertThat(Api.certBody(port).post("/api/v1/certificates", body).status()).isEqualTo(201);
        String listing = Certificates.listing("CV-1", number, "VC-8").replace("\"0717\"", "\"0708\"")
                .replace("苏泊尔电热水壶 1.7L", "无线吸尘器").replace("\"129.00\"", "\"699.00\"");
        assertThat(Api.platformA(port).post("/api/v1/listing-checks", listing).json().get("verdict").asString()).isEqualTo("PASS");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from spotcheck_listing where listing_id = 'CV-1'").query(Long.class).single() == 1);
        Api zhejiang = Api.asPerson(port, "regulator-zj");
        var created = zhejiang.post("/api/v1/spotcheck/plans", """
                {"name":"2026年浙江省电商平台吸尘器产品质量监督抽查","year":2026,"products":["0708"],
                 "quotas":{"platform-a":1},"seed":20261201}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String planId = created.json().get("planId").asString();
        assertThat(zhejiang.post("/api/v1/spotcheck/plans/" + planId + "/selection", "").status()).isEqualTo(200);
        var bought = zhejiang.post("/api/v1/spotcheck/samples", """
                {"planId":"%s","platform":"platform-a","listingId":"CV-1","orderRef":"TB-20261201-0001","pricePaid":"699.00",
                 "backupBought":true}""".formatted(planId));
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        String sample = "/api/v1/spotcheck/samples/" + bought.json().get("sampleId").asString();
        step(zhejiang, sample + "/custody", "{\"step\":\"RECEIVED\"}");
        step(zhejiang, sample + "/custody", "{\"step\":\"UNBOXED_AND_SEALED\",\"witness\":\"公证员 李某\"}");
        step(zhejiang, sample + "/custody", "{\"step\":\"SENT_TO_LAB\"}");
        step(zhejiang, sample + "/custody", "{\"step\":\"RECEIVED_BY_LAB\"}");
        step(zhejiang, sample + "/seller-notice", "");
        step(zhejiang, sample + "/lab-result", """
                {"lab":"浙江省质量科学研究院","conforming":false,"failedItems":[{"item":"输入功率和电流",
                 "standard":"GB 4706.1-2005","requirement":"偏差不超过 +10%","measured":"+18%"}]}""");
        step(zhejiang, sample + "/delivery", "{}");
        String sampleId = bought.json().get("sampleId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                zhejiang.get("/api/v1/spotcheck/open-samples").body().contains(sampleId));
        assertThat(Api.asPerson(port, "auditor").get("/api/v1/spotcheck/open-samples").body()).contains(sampleId);
        assertThat(Api.asPerson(port, "regulator-js").get("/api/v1/spotcheck/open-samples").body())
                .as("Jiangsu does not organise the plan").doesNotContain(sampleId);
        try {
            clock.advance(Duration.ofDays(16));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                watch.checkDueSamples();
                return zhejiang.get(sample).json().get("stage").asString().equals("FINAL");
            });
        } finally {
            clock.reset();
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                zhejiang.get("/api/v1/spotcheck/rankings?planId=" + planId).json().size() == 1);
        return planId;
    }

    /** A kettle commissioned with a code, scanned in Hangzhou and an hour later in Beijing (a clone suspected). */
    private static String scannedItem(int port) {
        String number = Certificates.newNumber("0717");
        assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
        String gtin = Trace.newGtin();
        Trace.register(port, gtin, "SWF-17E", number);
        assertThat(Trace.capture(Trace.maker(port), Trace.commissioning(gtin, "L2026C", "C1")).get("success").asBoolean()).isTrue();
        String code = "https://id.gs1.org/01/%s/10/L2026C/21/C1".formatted(gtin);
        Instant now = Instant.now();
        scan(port, code, now.minus(2, ChronoUnit.HOURS), 30.27, 120.16);
        scan(port, code, now.minus(1, ChronoUnit.HOURS), 39.90, 116.40);
        return code;
    }

    private static void scan(int port, String code, Instant at, double lat, double lon) {
        var scanned = Api.platformA(port).post("/api/v1/traceability/scans", """
                {"uri":"%s","scannedAt":"%s","location":{"lat":%s,"lon":%s},"device":"phone-console"}"""
                .formatted(code, at, lat, lon));
        assertThat(scanned.status()).as(scanned.body()).isEqualTo(200);
    }

    private static void step(Api api, String path, String body) {
        var response = api.post(path, body);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    }
}
