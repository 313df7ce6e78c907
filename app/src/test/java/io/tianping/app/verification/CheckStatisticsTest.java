package io.tianping.app.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The checks per day and reason that regulators read (and the console draws) are the recorded checks, counted: after
 * a few checks of each verdict, the statistics of their day equal a count over {@code listing_check} itself.
 */
@TianpingTest
class CheckStatisticsTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void theDailyFiguresAreTheRecordedChecksCounted() {
        String valid = Certificates.newNumber("0717");
        assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(valid)).status()).isEqualTo(201);
        String listing = "STATS-" + valid;
        check(listing + "-1", valid, "PASS");
        check(listing + "-2", valid, "PASS");
        check(listing + "-3", Certificates.newNumber("0717"), "INTERCEPT"); // no such certificate
        check(listing + "-4", valid, "INTERCEPT", "SWF-99X"); // a model the certificate does not cover

        LocalDate day = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select min(cast(checked_at at time zone 'Asia/Shanghai' as date)) from listing_check
                        where listing_id like ? having count(*) = 4""").param(listing + "-%")
                .query(Date.class).optional().map(Date::toLocalDate).orElse(null), found -> found != null);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode days = Api.asPerson(port, "auditor")
                    .get("/api/v1/verification/check-statistics?from=%s&to=%s".formatted(day, day)).json().get("days");
            assertThat(days).hasSize(1);
            JsonNode figures = days.get(0);
            assertThat(figures.get("day").asString()).isEqualTo(day.toString());
            assertThat(figures.get("checks").asLong()).isEqualTo(count(day, "true"));
            assertThat(figures.get("intercepted").asLong()).isEqualTo(count(day, "verdict <> 'PASS'"));
            Map<String, Long> reasons = new HashMap<>();
            figures.get("reasons").forEach(reason -> reasons.put(reason.get("reason").asString(), reason.get("count").asLong()));
            assertThat(reasons).containsKeys("CERTIFICATE_NOT_FOUND", "MODEL_NOT_COVERED");
            reasons.forEach((reason, count) -> assertThat(count).as(reason)
                    .isEqualTo(count(day, "',' || reasons || ',' like '%%,%s,%%'".formatted(reason))));
        });
        assertThat(Api.platformA(port).get("/api/v1/verification/check-statistics").status())
                .as("platforms read their own checks, not everyone's figures").isEqualTo(403);
    }

    private void check(String listing, String certificate, String verdict, String... model) {
        var answer = Api.platformA(port).post("/api/v1/listing-checks",
                Certificates.listing(listing, certificate, model.length == 0 ? "SWF-17E" : model[0]));
        assertThat(answer.json().get("verdict").asString()).as(answer.body()).isEqualTo(verdict);
    }

    private long count(LocalDate day, String condition) {
        return jdbc.sql("select count(*) from listing_check where cast(checked_at at time zone 'Asia/Shanghai' as date) = ? and "
                + condition).param(Date.valueOf(day)).query(Long.class).single();
    }
}
