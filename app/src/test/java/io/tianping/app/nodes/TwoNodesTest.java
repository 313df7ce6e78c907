package io.tianping.app.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.database.EmbeddedDatabase;
import io.tianping.app.search.EmbeddedSearchNode;
import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.ChildPlatform;
import io.tianping.app.support.OwnPlatform;
import io.tianping.app.traceability.Trace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16: two application nodes on one PostgreSQL and one Elasticsearch. Node A runs the database and search node
 * (the default embedded run); node B, in a child JVM, uses them as external servers. Both serve reads and writes, the
 * event processors' segments are split between them, each event is handled once (one takedown notice per listing),
 * each node's check index sees the other's writes within {@code tianping.verification.index-follow}, and when B is
 * killed, A takes over its segments and goes on. Traceability's passports on either node show what the other stored.
 */
class TwoNodesTest {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesTest.class);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String[] SHARED = {"--tianping.checkpoints.key=two-nodes-test-key",
            "--tianping.nodes.balance-every=PT1S", "--tianping.nodes.alive-within=PT5S"};

    @TempDir Path dir;

    @Test
    void twoNodesShareTheWorkHandleEachEventOnceAndOneTakesOverWhenTheOtherIsKilled() throws Exception {
        try (var nodeA = OwnPlatform.start(dir.resolve("a"), with("--tianping.node-id=node-a"))) {
            var database = nodeA.getBean(EmbeddedDatabase.class);
            var jdbc = nodeA.getBean(JdbcClient.class);
            int a = OwnPlatform.port(nodeA);
            int b = ChildPlatform.freePort();
            Process nodeB = ChildPlatform.start(dir.resolve("b"), b, with("--tianping.node-id=node-b",
                    "--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=postgres",
                    "--spring.datasource.password=" + database.password(),
                    "--spring.elasticsearch.uris=" + nodeA.getBean(EmbeddedSearchNode.class).uri()));
            long bReady = System.nanoTime();
            try {
                await().atMost(WAIT).untilAsserted(() -> {
                    Map<String, Integer> held = segmentsByOwner(jdbc);
                    int all = held.values().stream().mapToInt(Integer::intValue).sum();
                    assertThat(held.getOrDefault("node-b", 0)).as("B's share of %s", held).isGreaterThanOrEqualTo(all / 3);
                    assertThat(held.getOrDefault("node-a", 0)).as("A's share of %s", held).isGreaterThanOrEqualTo(all / 3);
                });
                log.info("measured: segments split {} ms after node B was ready: {}", (System.nanoTime() - bReady) / 1_000_000,
                        segmentsByOwner(jdbc));

                // a certificate written on B is checked on A: A's index follows B's writes
                String number = Certificates.newNumber("0717");
                assertThat(Api.certBody(b).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
                long written = System.nanoTime();
                await().atMost(Duration.ofSeconds(5)).until(() -> verdict(a, "TWO-A-0", number).equals("PASS"));
                log.info("measured: node A's check index saw node B's certificate after {} ms", (System.nanoTime() - written) / 1_000_000);

                // listings bound through both nodes, the certificate suspended on A: the writer's node intercepts at
                // once, the other within the follow interval, and every listing gets exactly one notice
                List<String> listings = new ArrayList<>(List.of("TWO-A-0"));
                for (int i = 1; i <= 4; i++) {
                    listings.add(bind(a, "TWO-A-" + i, number));
                    listings.add(bind(b, "TWO-B-" + i, number));
                }
                assertThat(Api.certBody(a).post("/api/v1/certificates/" + number + "/suspension",
                        "{\"reason\":\"监督抽查不合格\"}").status()).isEqualTo(200);
                assertThat(verdict(a, "TWO-A-1", number)).isEqualTo("INTERCEPT");
                await().atMost(Duration.ofSeconds(5)).until(() -> verdict(b, "TWO-B-1", number).equals("INTERCEPT"));
                await().atMost(WAIT).until(() -> noticesPerListing(a).keySet().containsAll(listings));

                // read-your-writes on either node, whichever node holds the read model's segment
                for (int i = 0; i < 6; i++) {
                    int node = i % 2 == 0 ? a : b;
                    String written2 = Certificates.newNumber("0717");
                    assertThat(Api.certBody(node).post("/api/v1/certificates", Certificates.kettle(written2)).status())
                            .isEqualTo(201);
                    assertThat(Api.asPerson(node, "auditor").get("/api/v1/certificates/" + written2).status())
                            .as("certificate %s read back on the node that wrote it", written2).isEqualTo(200);
                }

                // traceability: a product registered and items captured on B resolve on A; a recall on A shows on B;
                // a suspension on B shows in A's passports
                String certificate = Certificates.newNumber("0717");
                assertThat(Api.certBody(a).post("/api/v1/certificates", Certificates.kettle(certificate)).status()).isEqualTo(201);
                String gtin = Trace.newGtin();
                await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> Trace.register(b, gtin, "SWF-17E", certificate));
                JsonNode job = Trace.capture(Trace.maker(b), Trace.commissioning(gtin, "L1", "S1", "S2"));
                assertThat(job.get("success").asBoolean()).as(job.toString()).isTrue();
                await().atMost(Duration.ofSeconds(5)).until(() -> passport(a, gtin, "S1").get("state").asString().equals("GENUINE"));
                assertThat(Trace.maker(a).post("/api/v1/traceability/recalls", """
                        {"gtin":"%s","lots":["L1"],"hazard":"电源线绝缘不足","remedy":"免费更换电源线"}""".formatted(gtin))
                        .status()).isEqualTo(201);
                await().atMost(Duration.ofSeconds(5)).until(() -> passport(b, gtin, "S2").get("state").asString().equals("RECALLED"));
                assertThat(Api.certBody(b).post("/api/v1/certificates/" + certificate + "/suspension",
                        "{\"reason\":\"监督抽查不合格\"}").status()).isEqualTo(200);
                await().atMost(Duration.ofSeconds(5)).until(() -> passport(a, gtin, "S1").get("certificate").get("status")
                        .asString().equals("SUSPENDED"));

                // a key revoked on A stops working on B, which had it cached, within a few seconds
                var issued = Api.asPerson(a, "admin").post("/api/v1/admin/organisations", """
                        {"id":"platform-two-nodes","role":"PLATFORM","displayName":"Platform Two Nodes",
                         "organisation":"platform-two-nodes"}""");
                assertThat(issued.status()).as(issued.body()).isEqualTo(201);
                var platformOnB = Api.withKey(b, issued.json().get("apiKey").asString());
                assertThat(platformOnB.get("/api/v1/takedown-notices?after=0").status()).isEqualTo(200);
                assertThat(Api.asPerson(a, "admin").delete("/api/v1/admin/principals/platform-two-nodes").status())
                        .isBetween(200, 204);
                long revoked = System.nanoTime();
                await().atMost(Duration.ofSeconds(10)).until(() ->
                        platformOnB.get("/api/v1/takedown-notices?after=0").status() == 401);
                log.info("measured: a key revoked on node A was refused by node B after {} ms",
                        (System.nanoTime() - revoked) / 1_000_000);
            } finally {
                ChildPlatform.kill(nodeB);
            }
            long killed = System.nanoTime();

            // B is gone: A claims its segments once B's claims time out, and B's share of the work goes on
            String after = Certificates.newNumber("0717");
            assertThat(Api.certBody(a).post("/api/v1/certificates", Certificates.kettle(after)).status()).isEqualTo(201);
            String lastListing = bind(a, "TWO-AFTER", after);
            assertThat(Api.certBody(a).post("/api/v1/certificates/" + after + "/suspension",
                    "{\"reason\":\"监督抽查不合格\"}").status()).isEqualTo(200);
            await().atMost(WAIT).untilAsserted(() -> assertThat(segmentsByOwner(jdbc)).containsOnlyKeys("node-a"));
            long takenOver = System.nanoTime();
            await().atMost(WAIT).until(() -> noticesPerListing(a).containsKey(lastListing));
            log.info("measured: node A held every segment {} ms after node B was killed; the notice B's share owed came {} ms later",
                    (takenOver - killed) / 1_000_000, (System.nanoTime() - takenOver) / 1_000_000);
            Map<String, Integer> notices = noticesPerListing(a);
            assertThat(notices).as("one notice per listing, never two").allSatisfy((listing, count) ->
                    assertThat(count).as(listing).isEqualTo(1));
            assertThat(notices).hasSize(10);
        }
    }

    private static String[] with(String... arguments) {
        var all = new ArrayList<>(List.of(SHARED));
        all.addAll(List.of(arguments));
        return all.toArray(String[]::new);
    }

    private static Map<String, Integer> segmentsByOwner(JdbcClient jdbc) {
        var held = new HashMap<String, Integer>();
        jdbc.sql("select owner, count(*) from token_entry where owner is not null group by owner")
                .query(rs -> {
                    held.put(rs.getString(1), rs.getInt(2));
                });
        return held;
    }

    private static String verdict(int port, String listing, String number) {
        return Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing(listing, number, "SWF-17E"))
                .json().get("verdict").asString();
    }

    private static String bind(int port, String listing, String number) {
        assertThat(verdict(port, listing, number)).as("first check of %s", listing).isEqualTo("PASS");
        return listing;
    }

    private static JsonNode passport(int port, String gtin, String serial) {
        return Api.anonymous(port).get("/01/%s/21/%s".formatted(gtin, serial)).json();
    }

    private static Map<String, Integer> noticesPerListing(int port) {
        var counts = new HashMap<String, Integer>();
        JsonNode feed = Api.platformA(port).get("/api/v1/takedown-notices?after=0&limit=1000").json();
        for (JsonNode item : feed.get("items")) {
            counts.merge(item.get("listingId").asString(), 1, Integer::sum);
        }
        return counts;
    }
}
