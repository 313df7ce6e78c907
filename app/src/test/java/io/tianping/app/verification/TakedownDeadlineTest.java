package io.tianping.app.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.MutableClock;
import io.tianping.app.support.TianpingTest;
import io.tianping.verification.process.TakedownDeadlineWatch;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A notice not acknowledged within 24 h shows on the regulators' overdue list, by platform; every check is recorded. */
@TianpingTest
class TakedownDeadlineTest {

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired TakedownDeadlineWatch watch;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNoticeLeftUnacknowledgedForADayIsOverdueForRegulators() {
        String number = Certificates.newNumber("0717");
        Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number));
        Api.platformB(port).post("/api/v1/listing-checks", Certificates.listing("D-1", number, "SWF-15E"));
        Api.certBody(port).post("/api/v1/certificates/" + number + "/revocation", "{\"reason\":\"假冒认证\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.platformB(port)
                .get("/api/v1/takedown-notices?after=0&limit=1000").body().contains(number));
        assertThat(overdueList()).doesNotContain(number);

        clock.advance(Duration.ofHours(25));
        assertThat(watch.markOverdueNotices()).isPositive();

        await().atMost(Duration.ofSeconds(30)).until(() -> overdueList().contains(number));
        var overdue = Api.asPerson(port, "regulator-national").get("/api/v1/takedown-notices/overdue?platform=platform-b").json();
        assertThat(overdue.get("byPlatform").get(0).get("platform").asString()).isEqualTo("platform-b");
        assertThat(overdue.get("items").toString()).contains(number).doesNotContain("platform-a");
        assertThat(Api.platformB(port).get("/api/v1/takedown-notices/overdue").status())
                .as("platforms do not read the regulators' list").isEqualTo(403);
    }

    @Test
    void everyCheckIsRecordedWithWhoAndTheVerdict() {
        Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing("LOG-1", "2025010717999997", "SWF-17E"));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from listing_check where listing_id = 'LOG-1' and checked_by = 'demo-platform-a' "
                        + "and verdict = 'INTERCEPT' and reasons = 'CERTIFICATE_NOT_FOUND'").query(Long.class).single() == 1);
    }

    private String overdueList() {
        return Api.asPerson(port, "regulator-zj").get("/api/v1/takedown-notices/overdue").body();
    }
}
