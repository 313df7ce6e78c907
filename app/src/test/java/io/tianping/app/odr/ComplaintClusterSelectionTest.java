package io.tianping.app.odr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.MutableClock;
import io.tianping.app.support.TianpingTest;
import io.tianping.odr.api.ComplaintQuery.ComplaintClusters;
import io.tianping.odr.api.ComplaintQuery.ListComplaintClusters;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.ChinaTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Complaints about one model cluster in odr, and a spot check draws that model for it, saying so. */
@TianpingTest
class ComplaintClusterSelectionTest {

    /** Induction hobs: a catalogue code no other test lists. */
    private static final String HOBS = "0711";

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired QueryGateway queries;
    @Autowired JdbcClient jdbc;

    @Test
    void sevenComplaintsAboutAModelWeighItsListingAndGiveTheReason() {
        String number = Certificates.newNumber(HOBS);
        var issued = Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)
                .replace("\"0717\"", "\"" + HOBS + "\"").replace("\"SWF-17E\",\"SWF-15E\"", "\"CL-7\"").replace("电热水壶", "电磁灶"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        var checked = Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing("CL-1", number, "CL-7")
                .replace("\"0717\"", "\"" + HOBS + "\""));
        assertThat(checked.json().get("verdict").asString()).as(checked.body()).isEqualTo("PASS");
        for (int i = 0; i < 7; i++) {
            Odr.intake(port).post("/api/v1/odr/complaints", Odr.complaint(Odr.DEMO_ENTERPRISE, false, clock.instant())
                    .replace("\"0717\"", "\"" + HOBS + "\"").replace("\"SWF-17E\"", i % 2 == 0 ? "\"CL-7\"" : "\"cl-7\""));
        }
        LocalDate today = ChinaTime.today(clock);
        ComplaintClusters clusters = queries.query(new ListComplaintClusters(Set.of(CatalogueCode.of(HOBS)),
                today.minusDays(90), today, 3), ComplaintClusters.class).join();
        assertThat(clusters.clusters()).singleElement().satisfies(cluster -> {
            assertThat(cluster.model()).isEqualTo("CL-7");
            assertThat(cluster.complaints()).as("CL-7 and cl-7 are one model").isEqualTo(7);
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from spotcheck_listing where listing_id = 'CL-1'").query(Long.class).single() == 1);
        Api zhejiang = Api.asPerson(port, "regulator-zj");
        String planId = zhejiang.post("/api/v1/spotcheck/plans", """
                {"name":"电磁灶专项","year":2026,"products":["%s"],"quotas":{"platform-a":1},"seed":3}""".formatted(HOBS))
                .json().get("planId").asString();
        JsonNode drawn = zhejiang.post("/api/v1/spotcheck/plans/" + planId + "/selection", "").json().get(0);
        assertThat(drawn.get("listing").get("listingId").asString()).isEqualTo("CL-1");
        assertThat(drawn.get("weight").asDouble()).as("1 + 2 × 7/10").isEqualTo(2.4);
        assertThat(drawn.get("reasons").toString()).contains("COMPLAINT_CLUSTER: 7 complaints about 0711 CL-7 in 90 days");
    }
}
