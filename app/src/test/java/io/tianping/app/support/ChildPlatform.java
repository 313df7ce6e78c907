package io.tianping.app.support;

import io.tianping.TianpingApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform in a child JVM of its own, as production runs it, so a test can {@code kill -9} it. Started with the
 * test profile, the build's search node, and {@code arguments} added; ready when readiness answers 200.
 */
public final class ChildPlatform {

    private static final Duration START = Duration.ofSeconds(90);

    private ChildPlatform() {
    }

    public static Process start(Path dataDir, int port, String... arguments) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
                "java").toString());
        Path log = dataDir.resolve("child.log");
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "--enable-native-access=ALL-UNNAMED",
                // the search node the build made, as surefire tells this JVM (a fresh clone has no other)
                "-Dtianping.search.embedded.home=" + System.getProperty("tianping.search.embedded.home", ""),
                "-cp", System.getProperty("java.class.path"), TianpingApplication.class.getName(),
                "--spring.profiles.active=test", "--server.port=" + port, "--tianping.data-dir=" + dataDir));
        command.addAll(List.of(arguments));
        Process application = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START.toNanos();
        while (true) {
            if (!application.isAlive() || System.nanoTime() > deadline) {
                application.destroyForcibly();
                throw new IllegalStateException("the application did not start:\n" + Files.readString(log));
            }
            try {
                if (Api.anonymous(port).get("/actuator/health/readiness").status() == 200) {
                    return application;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
    }

    /** Kills the child with SIGKILL, and waits for it and its own children (database, search node) to be gone. */
    public static void kill(Process application) throws InterruptedException {
        List<ProcessHandle> children = application.descendants().toList();
        application.destroyForcibly().waitFor();
        children.forEach(child -> child.onExit().join());
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
