package io.tianping.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.search.EmbeddedSearchNode;
import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.OwnPlatform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the search node killed while the platform takes writes. Writes and checks go on; search answers a 503
 * problem at once (no hang); the application starts its node again by itself; once it is up, every certificate is
 * found, those written during the outage too.
 */
class SearchOutageTest {

    private static final Logger log = LoggerFactory.getLogger(SearchOutageTest.class);

    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir Path dataDir;

    @Test
    void writesGoOnSearchSaysItIsUnavailableAndTheNodeComesBackWithEveryDocument() throws Exception {
        try (var app = OwnPlatform.start(dataDir)) {
            int port = OwnPlatform.port(app);
            var auditor = Api.asPerson(port, "auditor");
            String before = issue(port);
            await().atMost(WAIT).until(() -> found(auditor, before));

            var node = app.getBean(EmbeddedSearchNode.class);
            ProcessHandle killed = node.process();
            killed.destroyForcibly();
            killed.onExit().join();
            long outage = System.nanoTime();

            var during = new ArrayList<String>();
            for (int i = 0; i < 5; i++) {
                during.add(issue(port));
            }
            String listing = "OUTAGE-" + during.getFirst();
            var check = Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing(listing, during.getFirst(), "SWF-17E"));
            assertThat(check.json().get("verdict").asString()).as("checks never wait on search").isEqualTo("PASS");

            long asked = System.nanoTime();
            var search = auditor.get("/api/v1/certificates?q=" + before);
            Duration took = Duration.ofNanos(System.nanoTime() - asked);
            if (node.process().pid() == killed.pid()) { // not yet restarted: the answer is the outage's
                assertThat(search.status()).isEqualTo(503);
                assertThat(search.contentType()).startsWith("application/problem+json");
                assertThat(search.header("Retry-After")).isEqualTo("5");
                assertThat(took).as("an answer, not a hang").isLessThan(Duration.ofSeconds(5));
            }

            await().atMost(WAIT).until(() -> node.process().isAlive() && node.process().pid() != killed.pid());
            long restarted = System.nanoTime();
            var all = new ArrayList<>(List.of(before));
            all.addAll(during);
            await().atMost(WAIT).untilAsserted(() -> {
                for (String number : all) {
                    assertThat(found(auditor, number)).as("%s is searchable again", number).isTrue();
                }
            });
            assertThat(auditor.get("/api/v1/certificates/" + during.getLast()).status()).isEqualTo(200);
            log.info("measured: search node restarted {} ms after the kill, every document searchable {} ms after that",
                    (restarted - outage) / 1_000_000, (System.nanoTime() - restarted) / 1_000_000);
        }
    }

    private static String issue(int port) {
        String number = Certificates.newNumber("0717");
        assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
        return number;
    }

    private static boolean found(Api auditor, String number) {
        var answer = auditor.get("/api/v1/certificates?q=" + number);
        return answer.status() == 200 && answer.json().get("total").asLong() == 1;
    }
}
