package io.tianping.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After {@code kill -9} of the application (what the OOM killer does), the next start on the same data directory
 * works within seconds and finds the data written before. The application runs in a child JVM that is killed.
 */
class EmbeddedDatabaseCrashTest {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    @TempDir Path dataDir;

    @Test
    void aStartAfterTheWholeApplicationWasKilledTakesOverFromTheServerLeftRunning() throws Exception {
        Process application = startApplication();
        // as kill -9 of its process group: the watchdog shell goes too, the server (a session of its own) stays
        List<ProcessHandle> children = application.descendants().toList();
        children.forEach(ProcessHandle::destroyForcibly);
        children.forEach(child -> child.onExit().join());
        application.destroyForcibly().waitFor();
        long orphan = OrphanedServer.pid(dataDir.resolve("postgres/postmaster.pid"));
        assertThat(OrphanedServer.runsOn(orphan, dataDir.resolve("postgres"))).as("the server outlived it").isTrue();

        long started = System.nanoTime();
        try (var database = EmbeddedDatabase.start(dataDir, "off", "off")) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took).as("it used to give up after a minute").isLessThan(Duration.ofSeconds(15));
            assertThat(OrphanedServer.runsOn(orphan, dataDir.resolve("postgres"))).isFalse();
            assertThat(note(database)).isEqualTo("written before the crash");
        }
    }

    @Test
    void aKilledApplicationTakesItsServerWithIt() throws Exception {
        Process application = startApplication();
        long server = OrphanedServer.pid(dataDir.resolve("postgres/postmaster.pid"));
        application.destroyForcibly().waitFor(); // the JVM alone, as the OOM killer picks it
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !OrphanedServer.runsOn(server, dataDir.resolve("postgres")));
        assertThat(dataDir.resolve("postgres/postmaster.pid")).as("it shut down cleanly").doesNotExist();
        try (var database = EmbeddedDatabase.start(dataDir, "off", "off")) {
            assertThat(note(database)).isEqualTo("written before the crash");
        }
    }

    private Process startApplication() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
                "java").toString());
        Path log = dataDir.resolve("application.log");
        Process application = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), DatabaseProcess.class.getName(), dataDir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (!Files.exists(log) || !Files.readAllLines(log).contains("ready")) {
            if (!application.isAlive() || System.nanoTime() > deadline) {
                application.destroyForcibly();
                throw new IllegalStateException("the application did not start:\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
        return application;
    }

    private static String note(EmbeddedDatabase database) throws Exception {
        try (var connection = EmbeddedDatabaseTest.connect(database, database.password());
             var result = connection.createStatement().executeQuery("SELECT note FROM kept")) {
            result.next();
            return result.getString(1);
        }
    }
}
