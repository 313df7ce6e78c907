package io.tianping.app.odr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.MutableClock;
import io.tianping.app.support.TianpingTest;
import io.tianping.odr.process.ComplaintClockWatch;
import io.tianping.odr.process.OdrExitEvaluation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A scorecard and a region's statistics computed by hand, then the dynamic exit: below the on-time threshold → warned,
 * still below at the next evaluation → exited, and its next ODR complaint goes to the regulator.
 */
@TianpingTest
class OdrScorecardTest {

    /** A county used by no other test, so its statistics are this test's complaints only. */
    private static final String REGION = "330109";

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired ComplaintClockWatch watch;
    @Autowired OdrExitEvaluation evaluation;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void ratesAreCountedAsStatedAndAnEnterpriseBelowThemIsWarnedThenExited() {
        Api zhejiang = Api.asPerson(port, "regulator-zj");
        var enterprise = Odr.activeEnterprise(port, REGION, zhejiang);
        // Monday 2 Nov 2026, 10:00 in China: due 10 WD later, Monday 16 Nov (no holiday in November)
        Instant received = Instant.parse("2026-11-02T02:00:00Z");
        List<String> ids = List.of(file(enterprise, received), file(enterprise, received), file(enterprise, received),
                file(enterprise, received), file(enterprise, received));
        settle(enterprise, ids.get(0), "2026-11-03", true);  // 1 WD, on time
        settle(enterprise, ids.get(1), "2026-11-05", true);  // 3 WD, on time
        settle(enterprise, ids.get(2), "2026-11-16", true);  // 10 WD, on the due day: on time
        settle(enterprise, ids.get(3), "2026-11-17", false); // 11 WD, late, not settled
        clock.advance(Duration.between(Instant.now(), Instant.parse("2026-12-01T02:00:00Z")));
        watch.checkClocks();                                 // the fifth: nothing recorded, overdue
        await().atMost(Duration.ofSeconds(30)).until(() -> zhejiang.get("/api/v1/odr/complaints/" + ids.get(4)).body()
                .contains("OVERDUE_AT_ENTERPRISE"));
        Api intake = Odr.intake(port);
        Odr.step(intake, ids.get(0), "feedback", "{\"satisfied\":true}");
        Odr.step(intake, ids.get(1), "feedback", "{\"satisfied\":false}");
        Odr.step(intake, ids.get(2), "feedback", "{\"satisfied\":true}");

        JsonNode card = enterprise.api().get("/api/v1/odr/enterprises/" + enterprise.creditCode()
                + "/scorecard?from=2026-11-01&to=2026-11-30").json();
        assertThat(card.get("received").asLong()).isEqualTo(5);
        assertThat(card.get("concluded").asLong()).as("4 recorded + 1 overdue").isEqualTo(5);
        assertRate(card.get("settlementRate"), 3, 5, "0.6");
        assertRate(card.get("onTimeRate"), 3, 5, "0.6");
        assertRate(card.get("satisfactionRate"), 2, 3, "0.6667");
        assertThat(card.get("averageWorkingDays").decimalValue()).as("(1 + 3 + 10 + 11) / 4")
                .isEqualByComparingTo("6.25");
        assertThat(Api.asPerson(port, "regulator-js").get("/api/v1/odr/enterprises/" + enterprise.creditCode()
                + "/scorecard").status()).isEqualTo(404);

        JsonNode statistics = zhejiang.get("/api/v1/odr/statistics?region=" + REGION + "&from=2026-11-01&to=2026-11-30").json();
        assertThat(statistics.get("received").asLong()).isEqualTo(5);
        assertThat(statistics.get("toEnterprises").asLong()).isEqualTo(5);
        assertRate(statistics.get("settlementRate"), 3, 5, "0.6");
        assertRate(statistics.get("mediationAgreementRate"), 0, 0, null);
        assertThat(Odr.xihu(port).get("/api/v1/odr/statistics?region=" + REGION).status())
                .as("Xiaoshan is not Xihu's").isEqualTo(403);

        var warned = evaluation.evaluate().stream().filter(d -> d.creditCode().value().equals(enterprise.creditCode())).toList();
        assertThat(warned).hasSize(1);
        assertThat(warned.getFirst().became().name()).isEqualTo("WARNED");
        assertThat(warned.getFirst().reason()).contains("on time 3/5").doesNotContain("settlement");
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.anonymous(port)
                .get("/api/v1/odr/enterprises?region=" + REGION + "&status=WARNED").body().contains(enterprise.creditCode()));

        var exited = evaluation.evaluate().stream().filter(d -> d.creditCode().value().equals(enterprise.creditCode())).toList();
        assertThat(exited).hasSize(1);
        assertThat(exited.getFirst().became().name()).isEqualTo("EXITED");
        await().atMost(Duration.ofSeconds(30)).until(() -> !Api.anonymous(port)
                .get("/api/v1/odr/enterprises?region=" + REGION).body().contains(enterprise.creditCode()));
        var next = intake.post("/api/v1/odr/complaints", Odr.complaint(enterprise.creditCode(), true, clock.instant()));
        assertThat(next.json().get("route").asString()).isEqualTo("REGULATOR");
    }

    private String file(Odr.Enterprise enterprise, Instant received) {
        return Odr.file(port, enterprise.creditCode(), true, received);
    }

    private static void settle(Odr.Enterprise enterprise, String id, String day, boolean settled) {
        Odr.step(enterprise.api(), id, "settlement", """
                {"handledAt":"%sT02:00:00Z","settled":%s,"method":"电话协商","result":"%s"}"""
                .formatted(day, settled, settled ? "退货退款" : "未达成一致"));
    }

    private static void assertRate(JsonNode rate, long numerator, long denominator, String value) {
        assertThat(rate.get("numerator").asLong()).isEqualTo(numerator);
        assertThat(rate.get("denominator").asLong()).isEqualTo(denominator);
        if (value == null) {
            assertThat(rate.get("value").isNull()).isTrue();
        } else {
            assertThat(rate.get("value").decimalValue()).isEqualByComparingTo(value);
        }
    }
}
