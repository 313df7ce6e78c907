package io.tianping.app.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.MutableClock;
import io.tianping.app.support.TianpingTest;
import io.tianping.enforcement.api.CaseId;
import io.tianping.verification.api.TakedownNoticeId;
import io.tianping.verification.process.TakedownDeadlineWatch;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What enforcement does by itself: clues from overdue notices, and the serious-violation list stopping sales. */
@TianpingTest
class EnforcementReactionsTest {

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired TakedownDeadlineWatch takedownWatch;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTakedownNoticeLeftUnacknowledgedBecomesAClueInThePlatformsRegion() {
        String number = Certificates.newNumber("0717");
        Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number));
        Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing("E-1", number, "SWF-17E"));
        Api.certBody(port).post("/api/v1/certificates/" + number + "/suspension", "{\"reason\":\"抽查不合格\"}");
        JsonNode notice = await().atMost(Duration.ofSeconds(30)).until(() -> noticeFor(number), found -> found != null);

        clock.advance(Duration.ofHours(25));
        takedownWatch.markOverdueNotices();

        String caseId = CaseId.forTakedown(new TakedownNoticeId(notice.get("id").asString())).value();
        Api zhejiang = Api.asPerson(port, "regulator-zj");
        await().atMost(Duration.ofSeconds(30)).until(() -> zhejiang.get("/api/v1/enforcement/cases/" + caseId).status() == 200);
        JsonNode clue = zhejiang.get("/api/v1/enforcement/cases/" + caseId).json();
        assertThat(clue.get("stage").asString()).isEqualTo("CLUE");
        assertThat(clue.get("source").asString()).isEqualTo("OVERDUE_TAKEDOWN");
        assertThat(clue.get("competentRegion").asString()).as("platform A is supervised in Hangzhou").isEqualTo("330100");
        assertThat(clue.get("party").get("creditCode").asString()).isEqualTo("91330100MA27Y00016");
        assertThat(Api.asPerson(port, "regulator-js").get("/api/v1/enforcement/cases/" + caseId).status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(30)).until(() -> zhejiang.get("/api/v1/enforcement/cases").body().contains(caseId));
    }

    @Test
    void aListedMerchantIsInterceptedUntilItsRemoval() {
        String merchant = Certificates.creditCode("91330106MA2H00077");
        String number = Certificates.newNumber("0717");
        Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number));
        String listing = Certificates.listing("S-1", number, "SWF-17E").replace(Certificates.HOLDER, merchant);
        assertThat(verdict(listing)).isEqualTo("PASS");

        Api zhejiang = Api.asPerson(port, "regulator-zj");
        String caseId = Cases.filedCase(zhejiang, "杭州某电器商行", merchant);
        Cases.step(zhejiang, caseId, "evidence", "{\"description\":\"购买记录\",\"sha256\":\"%s\"}".formatted("cd".repeat(32)));
        Cases.step(zhejiang, caseId, "penalty-proposal", "{\"fine\":\"200000.00\",\"grounds\":\"销售未经认证产品，情节严重\"}");
        Cases.step(zhejiang, caseId, "statement", "{\"statement\":\"无异议\",\"hearingRequested\":false}");
        Cases.step(zhejiang, caseId, "decision", "{\"fine\":\"200000.00\",\"seriousViolation\":true,\"decision\":\"罚款二十万元\"}");

        await().atMost(Duration.ofSeconds(30)).until(() -> verdict(listing).equals("INTERCEPT"));
        assertThat(check(listing).get("reasons").toString()).contains("MERCHANT_LISTED");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                zhejiang.get("/api/v1/enforcement/serious-violations").body().contains(merchant));
        assertThat(zhejiang.post("/api/v1/enforcement/serious-violations/" + merchant + "/early-removal",
                "{\"reason\":\"已履行义务\"}").status()).as("not before a year").isEqualTo(409);

        clock.advance(Duration.ofDays(366));
        assertThat(zhejiang.post("/api/v1/enforcement/serious-violations/" + merchant + "/early-removal",
                "{\"reason\":\"已履行行政处罚决定，整改到位\"}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> verdict(listing).equals("PASS"));
    }

    private String verdict(String listing) {
        return check(listing).get("verdict").asString();
    }

    private JsonNode check(String listing) {
        return Api.platformB(port).post("/api/v1/listing-checks", listing).json();
    }

    private JsonNode noticeFor(String number) {
        for (JsonNode item : Api.platformA(port).get("/api/v1/takedown-notices?after=0&limit=1000").json().get("items")) {
            if (item.get("certificateNumber").asString().equals(number)) {
                return item;
            }
        }
        return null;
    }
}
