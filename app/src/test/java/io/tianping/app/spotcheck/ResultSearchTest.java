package io.tianping.app.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.MutableClock;
import io.tianping.app.support.TianpingTest;
import io.tianping.spotcheck.process.SampleClockWatch;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Search over published spot-check results on the embedded Elasticsearch node: one plan, a washing machine that failed
 * 对触及带电部件的防护 and a water heater that passed, both bought on platform B and final after the objection window.
 */
@TianpingTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultSearchTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String SEARCH = "/api/v1/spotcheck/results";

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired SampleClockWatch watch;
    @Autowired JdbcClient jdbc;

    private final String washerMaker = newCreditCode("91330482");
    private final String heaterMaker = newCreditCode("91330500");
    private Api zhejiang;
    private String planId;
    private String washer;
    private String heater;

    @BeforeAll
    void aPlanWithOneFailedAndOnePassedResult() {
        zhejiang = Api.asPerson(port, "regulator-zj");
        String washerListing = onSale("0705", "波轮洗衣机", "嘉兴某洗衣机制造有限公司", washerMaker, "XQB80-T1");
        String heaterListing = onSale("0706", "储水式电热水器", "湖州某热水器有限公司", heaterMaker, "DSZF-60A");
        planId = SpotChecks.drawnPlan(zhejiang, """
                {"name":"2026年电商平台洗衣机和电热水器质量抽查","year":2026,"products":["0705","0706"],
                 "quotas":{"platform-b":10},"seed":11}""");
        washer = SpotChecks.deliveredResult(zhejiang, planId, "platform-b", washerListing, """
                {"lab":"浙江省质量科学研究院","conforming":false,"failedItems":[{"item":"对触及带电部件的防护",
                 "standard":"GB 4706.24-2008","requirement":"试验指不能触及带电部件","measured":"可触及"}]}""");
        heater = SpotChecks.deliveredResult(zhejiang, planId, "platform-b", heaterListing,
                "{\"lab\":\"浙江省质量科学研究院\",\"conforming\":true}");
        SpotChecks.finalAfterTheObjectionWindow(zhejiang, clock, watch, List.of(washer, heater));
        await().atMost(WAIT).until(() -> ids("&planId=" + planId).size() == 2);
    }

    @Test
    void findsAResultByAWordInsideTheProductName() {
        assertThat(ids("洗衣机", "")).as("洗衣机 inside 波轮洗衣机").contains(washer).doesNotContain(heater);
        assertThat(ids("热水器", "")).contains(heater).doesNotContain(washer);
    }

    @Test
    void findsAResultByTheProducersCreditCodeInEitherCase() {
        assertThat(ids(washerMaker, "")).containsExactly(washer);
        assertThat(ids(washerMaker.toLowerCase(), "")).containsExactly(washer);
        assertThat(ids(heaterMaker, "")).containsExactly(heater);
    }

    @Test
    void findsAResultByAFailedItem() {
        assertThat(ids("防护", "&planId=" + planId)).containsExactly(washer);
        assertThat(ids("GB 4706.24-2008", "&planId=" + planId)).containsExactly(washer);
    }

    @Test
    void filtersByVerdictPlatformAndPlan() {
        assertThat(ids("&conforming=false&planId=" + planId)).containsExactly(washer);
        assertThat(ids("&conforming=true&planId=" + planId)).containsExactly(heater);
        assertThat(ids("&conforming=false")).contains(washer).doesNotContain(heater);
        assertThat(ids("&platform=platform-a&planId=" + planId)).isEmpty();
        assertThat(ids("洗衣机", "&platform=platform-b&conforming=false")).contains(washer);
    }

    @Test
    void answersWithThePublishedResult() {
        JsonNode page = Api.asPerson(port, "auditor").get(SEARCH + "?q=" + washerMaker).json();

        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode result = page.get("items").get(0);
        assertThat(result.get("sampleId").asString()).isEqualTo(washer);
        assertThat(result.get("planId").asString()).isEqualTo(planId);
        assertThat(result.get("platform").asString()).isEqualTo("platform-b");
        assertThat(result.get("catalogueCode").asString()).isEqualTo("0705");
        assertThat(result.get("productName").asString()).isEqualTo("波轮洗衣机");
        assertThat(result.get("model").asString()).isEqualTo("XQB80-T1");
        assertThat(result.get("producerName").asString()).isEqualTo("嘉兴某洗衣机制造有限公司");
        assertThat(result.get("producerCreditCode").asString()).isEqualTo(washerMaker);
        assertThat(result.get("conforming").asBoolean()).isFalse();
        assertThat(result.get("failedItems").get(0).get("item").asString()).isEqualTo("对触及带电部件的防护");
        assertThat(result.get("finalAt").asString()).isNotBlank();
    }

    @Test
    void refusesWhatItCannotServeAndCallersWhoAreNotRegulators() {
        assertThat(zhejiang.get(SEARCH + "?size=0").status()).isEqualTo(400);
        assertThat(zhejiang.get(SEARCH + "?page=100&size=100").status()).isEqualTo(400);
        assertThat(zhejiang.get(SEARCH + "?planId=not-a-plan").status()).isEqualTo(400);
        assertThat(zhejiang.get(SEARCH + "?platform=Platform%20A").status()).isEqualTo(400);
        assertThat(zhejiang.get(SEARCH + "?conforming=maybe").status()).isEqualTo(400);
        assertThat(Api.platformA(port).get(SEARCH + "?q=x").status()).isEqualTo(403);
    }

    /** A valid certificate for {@code product} and a listing of it on platform B by a seller of its own; its id. */
    private String onSale(String code, String product, String maker, String makerCode, String model) {
        String number = Certificates.newNumber(code);
        String certificate = Certificates.kettle(number).replace("\"0717\"", "\"" + code + "\"").replace("电热水壶", product)
                .replace("\"SWF-17E\",\"SWF-15E\"", "\"" + model + "\"").replace(Certificates.HOLDER, makerCode)
                .replace("浙江苏泊尔家电制造有限公司", maker);
        var issued = Api.certBody(port).post("/api/v1/certificates", certificate);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String listingId = "RS-" + number;
        var checked = Api.platformB(port).post("/api/v1/listing-checks", """
                {"listingId":"%s","merchant":{"name":"杭州某家电专营店","creditCode":"%s"},"title":"%s",
                 "catalogueCode":"%s","model":"%s","certificateNumber":"%s","price":"1299.00"}"""
                .formatted(listingId, newCreditCode("91330100"), product, code, model, number));
        assertThat(checked.json().get("verdict").asString()).as(checked.body()).isEqualTo("PASS");
        await().atMost(WAIT).until(() -> jdbc.sql("select count(*) from spotcheck_listing where listing_id = ?")
                .param(listingId).query(Long.class).single() == 1);
        return listingId;
    }

    private List<String> ids(String filters) {
        return ids("", filters);
    }

    /** Sample ids of every match (other tests' results share the index, but far fewer than a page of 100). */
    private List<String> ids(String q, String filters) {
        var response = zhejiang.get(SEARCH + "?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + filters);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode answer = response.json();
        var ids = new ArrayList<String>();
        answer.get("items").forEach(result -> ids.add(result.get("sampleId").asString()));
        assertThat(ids).hasSize((int) answer.get("total").asLong());
        return ids;
    }

    /** A valid credit code registered in the region {@code prefix} starts with, that no other test uses. */
    private static String newCreditCode(String prefix) {
        return Certificates.creditCode(prefix + "%09d".formatted(ThreadLocalRandom.current().nextInt(1_000_000_000)));
    }
}
