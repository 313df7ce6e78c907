package io.tianping.app.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.OwnPlatform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.StringJoiner;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16: every check that got an answer is recorded in {@code listing_check} for the regulators' statistics, once:
 * a burst of batch checks (which lost 83% of their records under the benchmark's load before), and the checks a
 * killed process had answered but not yet written, found in its journal at the next start.
 */
class CheckRecordingTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir Path dataDir;

    @Test
    void everyAnsweredCheckIsRecordedOnceAlsoAfterAKilledProcess() throws Exception {
        String prefix = "REC-" + System.nanoTime() + "-";
        try (var app = OwnPlatform.start(dataDir)) {
            int port = OwnPlatform.port(app);
            String number = Certificates.newNumber("0717");
            assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
            try (var pool = Executors.newFixedThreadPool(4)) {
                var calls = IntStream.range(0, 8).mapToObj(call -> pool.submit(() -> Api.platformA(port)
                        .post("/api/v1/listing-checks/batch", batch(prefix + call + "-", number)).status())).toList();
                for (var call : calls) {
                    assertThat(call.get()).isEqualTo(200);
                }
            }
            var jdbc = app.getBean(JdbcClient.class);
            await().atMost(WAIT).until(() -> recorded(jdbc, prefix) == 8_000);
            assertThat(recorded(jdbc, prefix)).as("each answered check once").isEqualTo(8_000);
            assertThat(jdbc.sql("select count(distinct listing_id) from listing_check where listing_id like ?")
                    .param(prefix + "%").query(Long.class).single()).isEqualTo(8_000);
        }

        // what a process killed after answering leaves: lines in a segment of its journal, the last one torn
        Path journal = dataDir.resolve("check-journal");
        long segment = Files.list(journal).map(file -> file.getFileName().toString()).filter(name -> name.startsWith("checks-"))
                .mapToLong(name -> Long.parseLong(name.substring(7, name.length() - 4))).max().orElseThrow() + 1;
        var left = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            left.append(row(prefix + "KILLED-" + i)).append('\n');
        }
        left.append(row(prefix + "TORN").substring(0, 20));
        Files.writeString(journal.resolve("checks-%020d.log".formatted(segment)), left, StandardCharsets.UTF_8);

        for (int start = 0; start < 2; start++) {
            try (var again = OwnPlatform.start(dataDir)) {
                var jdbc = again.getBean(JdbcClient.class);
                await().atMost(WAIT).until(() -> recorded(jdbc, prefix + "KILLED-") == 3);
                assertThat(recorded(jdbc, prefix)).as("start %d: nothing lost, nothing twice", start).isEqualTo(8_003);
                assertThat(recorded(jdbc, prefix + "TORN")).isZero();
            }
        }
    }

    private static long recorded(JdbcClient jdbc, String prefix) {
        return jdbc.sql("select count(*) from listing_check where listing_id like ?").param(prefix + "%").query(Long.class).single();
    }

    private static String batch(String prefix, String number) {
        var items = new StringJoiner(",", "{\"items\":[", "]}");
        for (int i = 0; i < 1_000; i++) {
            items.add(Certificates.listing(prefix + i, number, i % 2 == 0 ? "SWF-17E" : "XX-" + i));
        }
        return items.toString();
    }

    /** A journal line as the check path writes it (CheckRow): platform, merchant, code, certificate, price, verdict … */
    private static String row(String listingId) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse("2026-11-30T08:00:00Z"));
        return String.join("\u001f", "platform-a", Certificates.HOLDER, "0717", "", "129.00", "INTERCEPT",
                "CERTIFICATE_MISSING", String.valueOf(micros), "demo-platform-a", listingId);
    }

}
