package io.tianping.app.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.MutableClock;
import io.tianping.app.support.TianpingTest;
import io.tianping.enforcement.api.CaseId;
import io.tianping.spotcheck.process.SampleClockWatch;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A spot check over HTTP: plan, reproducible selection, purchase, custody, a nonconforming result nobody objects to;
 * after the 15-day window the listing is intercepted (SPOT_CHECK_FAILED), the ranking counts it, and enforcement has
 * a clue in the producer's region.
 */
@TianpingTest
class SpotCheckFlowTest {

    private static final String WASHER_MAKER = "91330482MA2JJ0001X";

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired SampleClockWatch watch;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNonconformingResultNobodyObjectsToTakesTheListingOffSale() {
        String number = Certificates.newNumber("0705");
        assertThat(Api.certBody(port).post("/api/v1/certificates", washer(number)).status()).isEqualTo(201);
        String listing = Certificates.listing("W-1", number, "XQB100-K1").replace("\"0717\"", "\"0705\"")
                .replace("\"129.00\"", "\"899.00\"");
        assertThat(Api.platformA(port).post("/api/v1/listing-checks", listing).json().get("verdict").asString()).isEqualTo("PASS");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from spotcheck_listing where listing_id = 'W-1' and price = 899.00").query(Long.class).single() == 1);

        Api zhejiang = Api.asPerson(port, "regulator-zj");
        var created = zhejiang.post("/api/v1/spotcheck/plans", """
                {"name":"2026年浙江省电商平台洗衣机产品质量监督抽查","year":2026,"products":["0705"],
                 "quotas":{"platform-a":1},"seed":20260501}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String planId = created.json().get("planId").asString();
        JsonNode selection = zhejiang.post("/api/v1/spotcheck/plans/" + planId + "/selection", "").json();
        JsonNode selected = find(selection, "W-1");
        assertThat(selected.get("reasons")).isNotEmpty();

        var bought = zhejiang.post("/api/v1/spotcheck/samples", """
                {"planId":"%s","platform":"platform-a","listingId":"W-1","orderRef":"TB-20261123-0001","pricePaid":"899.00",
                 "backupBought":true}""".formatted(planId));
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        String sample = "/api/v1/spotcheck/samples/" + bought.json().get("sampleId").asString();
        step(zhejiang, sample + "/custody", "{\"step\":\"RECEIVED\"}");
        step(zhejiang, sample + "/custody", "{\"step\":\"UNBOXED_AND_SEALED\",\"witness\":\"公证员 王某\"}");
        step(zhejiang, sample + "/custody", "{\"step\":\"SENT_TO_LAB\"}");
        step(zhejiang, sample + "/custody", "{\"step\":\"RECEIVED_BY_LAB\"}");
        step(zhejiang, sample + "/seller-notice", "");
        step(zhejiang, sample + "/lab-result", """
                {"lab":"浙江省质量科学研究院","conforming":false,"failedItems":[{"item":"对触及带电部件的防护",
                 "standard":"GB 4706.24-2008","requirement":"试验指不能触及带电部件","measured":"可触及"}]}""");
        step(zhejiang, sample + "/delivery", "{}");

        clock.advance(Duration.ofDays(16));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            watch.checkDueSamples();
            return zhejiang.get(sample).json().get("stage").asString().equals("FINAL");
        });

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Api.platformA(port).post("/api/v1/listing-checks", listing).json().get("reasons").toString())
                .contains("SPOT_CHECK_FAILED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode ranking = zhejiang.get("/api/v1/spotcheck/rankings?planId=" + planId).json();
            assertThat(ranking).hasSize(1);
            assertThat(ranking.get(0).get("platform").asString()).isEqualTo("platform-a");
            assertThat(ranking.get(0).get("sampled").asInt()).isEqualTo(1);
            assertThat(ranking.get(0).get("failed").asInt()).isEqualTo(1);
        });
        JsonNode published = zhejiang.get("/api/v1/spotcheck/plans/" + planId + "/results").json();
        assertThat(published.get(0).get("conforming").asBoolean()).isFalse();
        assertThat(published.get(0).get("producerName").asString()).isEqualTo("浙江某洗衣机制造有限公司");

        String producerClue = CaseId.of("spotcheck-producer", bought.json().get("sampleId").asString()).value();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                zhejiang.get("/api/v1/enforcement/cases/" + producerClue).status() == 200);
        assertThat(zhejiang.get("/api/v1/enforcement/cases/" + producerClue).json().get("competentRegion").asString())
                .as("the producer is registered in Jiaxing, Zhejiang").isEqualTo("330482");
    }

    @Test
    void theSamePlanAndSeedDrawTheSameListings() {
        String number = Certificates.newNumber("0718");
        Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number).replace("\"0717\"", "\"0718\""));
        for (int i = 0; i < 6; i++) {
            Api platform = i % 2 == 0 ? Api.platformA(port) : Api.platformB(port);
            String merchant = Certificates.creditCode("9133010" + i + "MA2RC000" + i);
            platform.post("/api/v1/listing-checks", Certificates.listing("RC-" + i, number, "SWF-17E")
                    .replace("\"0717\"", "\"0718\"").replace(Certificates.HOLDER, merchant).replace("129.00", (99 + 40 * i) + ".00"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from spotcheck_listing where listing_id like 'RC-%'").query(Long.class).single() == 6);
        Api zhejiang = Api.asPerson(port, "regulator-zj");
        String body = """
                {"name":"复现性","year":2026,"products":["0718"],"quotas":{"platform-a":2,"platform-b":2},"seed":7}""";
        String first = zhejiang.post("/api/v1/spotcheck/plans/" + zhejiang.post("/api/v1/spotcheck/plans", body)
                .json().get("planId").asString() + "/selection", "").body();
        String second = zhejiang.post("/api/v1/spotcheck/plans/" + zhejiang.post("/api/v1/spotcheck/plans", body)
                .json().get("planId").asString() + "/selection", "").body();
        assertThat(first).contains("RC-");
        JsonNode prices = zhejiang.get("/api/v1/spotcheck/prices/0718").json();
        assertThat(prices.get("observations").asInt()).isEqualTo(6);
        assertThat(prices.get("median").asString()).as("median of 99, 139, ..., 299").isEqualTo("199.00");
        assertThat(second).isEqualTo(first);
        String emptyPlan = zhejiang.post("/api/v1/spotcheck/plans", body.replace("0718", "2202")).json().get("planId").asString();
        assertThat(zhejiang.post("/api/v1/spotcheck/plans/" + emptyPlan + "/selection", "").status())
                .as("nothing on sale to draw").isEqualTo(409);
    }

    private static void step(Api api, String path, String body) {
        var response = api.post(path, body);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    }

    private static JsonNode find(JsonNode selection, String listingId) {
        for (JsonNode item : selection) {
            if (item.get("listing").get("listingId").asString().equals(listingId)) {
                return item;
            }
        }
        throw new AssertionError(listingId + " not selected: " + selection);
    }

    private static String washer(String number) {
        return Certificates.kettle(number).replace("\"0717\"", "\"0705\"").replace("电热水壶", "波轮洗衣机")
                .replace("\"SWF-17E\",\"SWF-15E\"", "\"XQB100-K1\"").replace(Certificates.HOLDER, WASHER_MAKER)
                .replace("浙江苏泊尔家电制造有限公司", "浙江某洗衣机制造有限公司");
    }
}
