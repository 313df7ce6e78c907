package io.tianping.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.ChildPlatform;
import io.tianping.app.support.OwnPlatform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16: {@code kill -9} of the application in the middle of a burst of writes (certificates issued, listings
 * checked and bound, certificates suspended), then a start on the same data. Every write that got a 2xx is there,
 * every chain is intact, the read models catch up by themselves, and each listing of a suspended certificate has
 * exactly one takedown notice. The application runs in a child JVM, as production does, with the database's
 * production durability (fsync and synchronous commit on).
 */
class KilledApplicationTest {

    private static final Logger log = LoggerFactory.getLogger(KilledApplicationTest.class);

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir Path dataDir;

    /** What got a 2xx before the kill. */
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final Map<String, String> boundListings = new ConcurrentHashMap<>();
    private final Set<String> suspended = ConcurrentHashMap.newKeySet();

    @Test
    void everyWriteThatGotA2xxSurvivesAKillMinus9AndNoNoticeIsIssuedTwice() throws Exception {
        int port = ChildPlatform.freePort();
        Process application = ChildPlatform.start(dataDir, port, "--tianping.database.fsync=on",
                "--tianping.database.synchronous-commit=on");
        var writing = new AtomicBoolean(true);
        try (var writers = Executors.newFixedThreadPool(3)) {
            for (int w = 0; w < 3; w++) {
                writers.submit(() -> writeUntilKilled(port, writing));
            }
            await().atMost(WAIT).until(() -> suspended.size() >= 15);
            ChildPlatform.kill(application); // SIGKILL, mid-burst; its database and search node follow it
            writing.set(false);
        }
        assertThat(issued).hasSizeGreaterThanOrEqualTo(15);

        long killed = System.nanoTime();
        try (var again = OwnPlatform.start(dataDir, "--tianping.database.fsync=on",
                "--tianping.database.synchronous-commit=on")) {
            int restarted = OwnPlatform.port(again);
            var auditor = Api.asPerson(restarted, "auditor");
            for (String number : issued) {
                var certificate = auditor.get("/api/v1/certificates/" + number);
                assertThat(certificate.status()).as("certificate %s got a 201", number).isEqualTo(200);
                if (suspended.contains(number)) {
                    assertThat(certificate.json().get("status").asString()).isEqualTo("SUSPENDED");
                }
                assertThat(auditor.get("/api/v1/audit/certificate/" + number + "/integrity").json().get("intact").asBoolean())
                        .as("chain of %s", number).isTrue();
            }
            await().atMost(WAIT).untilAsserted(() -> {
                for (String number : suspended) {
                    var found = auditor.get("/api/v1/certificates?q=" + number).json();
                    assertThat(found.get("total").asLong()).as("search caught up with %s", number).isEqualTo(1);
                    assertThat(found.get("items").get(0).get("status").asString()).isEqualTo("SUSPENDED");
                }
            });
            Map<String, Integer> noticesPerListing = await().atMost(WAIT).until(() -> notices(restarted),
                    notices -> expectedNotices().stream().allMatch(notices::containsKey));
            for (String listing : expectedNotices()) {
                assertThat(noticesPerListing.get(listing)).as("notices for %s", listing).isEqualTo(1);
            }
            log.info("measured: {} certificates, {} bound listings, {} suspended before the kill; restarted and every notice "
                    + "issued {} ms after it", issued.size(), boundListings.size(), suspended.size(),
                    (System.nanoTime() - killed) / 1_000_000);
            var jdbc = again.getBean(JdbcClient.class);
            await().atMost(WAIT).untilAsserted(() -> {
                for (String listing : boundListings.keySet()) {
                    assertThat(jdbc.sql("select count(*) from listing_check where listing_id = ?").param(listing)
                            .query(Long.class).single()).as("the check of %s is recorded", listing).isEqualTo(1);
                }
            });
        }
    }

    private void writeUntilKilled(int port, AtomicBoolean writing) {
        var body = Api.certBody(port);
        var platform = Api.platformA(port);
        while (writing.get()) {
            try {
                String number = Certificates.newNumber("0717");
                if (body.post("/api/v1/certificates", Certificates.kettle(number)).status() != 201) {
                    continue;
                }
                issued.add(number);
                for (String model : List.of("SWF-17E", "SWF-15E")) {
                    String listing = "KILL-" + model + "-" + number;
                    var check = platform.post("/api/v1/listing-checks", Certificates.listing(listing, number, model));
                    if (check.status() == 200 && check.json().get("verdict").asString().equals("PASS")) {
                        boundListings.put(listing, number);
                    }
                }
                if (body.post("/api/v1/certificates/" + number + "/suspension", "{\"reason\":\"监督抽查不合格\"}").status() == 200) {
                    suspended.add(number);
                }
            } catch (RuntimeException e) {
                return; // the application is gone: what got no answer is not counted
            }
        }
    }

    /** Listings whose certificate was suspended after they were bound: each must have one notice. */
    private List<String> expectedNotices() {
        var expected = new ArrayList<String>();
        boundListings.forEach((listing, number) -> {
            if (suspended.contains(number)) {
                expected.add(listing);
            }
        });
        return expected;
    }

    private static Map<String, Integer> notices(int port) {
        var counts = new HashMap<String, Integer>();
        String after = "0";
        for (int page = 0; page < 100; page++) {
            JsonNode feed = Api.platformA(port).get("/api/v1/takedown-notices?after=" + after + "&limit=1000").json();
            for (JsonNode item : feed.get("items")) {
                counts.merge(item.get("listingId").asString(), 1, Integer::sum);
            }
            if (feed.get("items").isEmpty() || feed.path("next").isNull() || feed.path("next").isMissingNode()) {
                break;
            }
            after = feed.get("next").asString();
        }
        return counts;
    }
}
