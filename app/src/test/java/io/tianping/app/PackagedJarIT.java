package io.tianping.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar as a user runs it: {@code java -jar app.jar} from a directory that is not the checkout, with nothing but a
 * data directory. It starts its embedded database and the search node it carries, loads the demo data and answers.
 */
class PackagedJarIT {

    @TempDir Path somewhere;

    @Test
    void theJarRunsFromAnyDirectoryWithTheSearchNodeItCarries() throws Exception {
        Path jar = Path.of(System.getProperty("tianping.app.jar"));
        assertThat(jar).exists();
        int port = freePort();
        Path log = somewhere.resolve("app.log");
        var builder = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "--server.port=" + port)
                .directory(somewhere.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TIANPING_DATA_DIR", somewhere.resolve("data").toString());
        Process app = builder.start();
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptionsInstanceOf(IllegalStateException.class).until(() -> {
                assertThat(app.isAlive()).as("the app died; see %s:%n%s", log, tail(log)).isTrue();
                return Api.anonymous(port).get("/actuator/health").body().contains("\"status\":\"UP\"");
            });
            String number = Certificates.newNumber("0717");
            assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    Api.asPerson(port, "auditor").get("/api/v1/certificates?q=" + number).body().contains(number));
            assertThat(somewhere.resolve("data/search-node-home/lib")).as("the node it carries, unpacked").isDirectoryContaining(
                    path -> path.getFileName().toString().startsWith("elasticsearch-"));
        } finally {
            app.destroy();
            app.waitFor(60, TimeUnit.SECONDS);
            app.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
