package io.tianping.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
 * Issue 16: PostgreSQL stopped and started again under the running application (as an operator restarts it, or a
 * managed database fails over). While it is down, writes are 503 problems within seconds, and listing checks of
 * listings already bound go on; once it is back, the same application takes writes again and its read models catch
 * up, without a restart.
 */
class DatabaseRestartTest {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRestartTest.class);

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir Path dataDir;

    @Test
    void requestsFailCleanlyWhileTheDatabaseIsDownAndSucceedAfterWithoutARestart() throws Exception {
        try (var app = OwnPlatform.start(dataDir)) {
            int port = OwnPlatform.port(app);
            String number = issue(port);
            String listing = "PG-" + number;
            assertThat(check(port, listing, number)).isEqualTo(200);

            Path directory = dataDir.resolve("postgres");
            long pid = OrphanedServer.pid(directory.resolve("postmaster.pid"));
            // as the embedded server was started: in a user namespace of its own when we are root (PostgreSQL refuses root)
            List<String> command = new ArrayList<>("root".equals(System.getProperty("user.name"))
                    ? List.of("unshare", "-U") : List.of());
            command.add(ProcessHandle.of(pid).orElseThrow().info().command().orElseThrow());
            command.addAll(List.of(ProcessHandle.of(pid).orElseThrow().info().arguments().orElseThrow()));
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor(); // pg_ctl stop -m fast
            ProcessHandle.of(pid).ifPresent(server -> server.onExit().join());

            long asked = System.nanoTime();
            var refused = Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(Certificates.newNumber("0717")));
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("an answer, not a hang").isLessThan(Duration.ofSeconds(15));
            assertThat(check(port, listing, number)).as("a bound listing is checked from memory").isEqualTo(200);

            long back = System.nanoTime();
            Process restarted = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("postgres-restarted.log").toFile()).start();
            try {
                String after = await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
                    String candidate = Certificates.newNumber("0717");
                    return Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(candidate)).status() == 201
                            ? candidate : null;
                }, written -> written != null);
                long written = System.nanoTime();
                var auditor = Api.asPerson(port, "auditor");
                assertThat(auditor.get("/api/v1/certificates/" + after).status()).as("read your write").isEqualTo(200);
                await().atMost(WAIT).until(() -> auditor.get("/api/v1/certificates?q=" + after).json().get("total").asLong() == 1);
                log.info("measured: first write accepted {} ms after PostgreSQL was started again, searchable {} ms after that",
                        (written - back) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
                assertThat(auditor.get("/api/v1/certificates/" + number).status()).isEqualTo(200);
            } finally {
                app.close(); // stops the server it finds in the data directory, the restarted one too
                restarted.destroy();
                restarted.waitFor();
            }
        }
    }

    private static String issue(int port) {
        String number = Certificates.newNumber("0717");
        assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
        return number;
    }

    private static int check(int port, String listing, String number) {
        return Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing(listing, number, "SWF-17E")).status();
    }
}
