package io.tianping.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The platform as a user runs it: {@code java -jar app.jar} in its own JVM, with its embedded PostgreSQL and search
 * node in the given data directory, demo principals but no demo certificates, and the benchmark's endpoints on.
 * Its output goes to a log file; {@link #close()} stops it as Ctrl-C would.
 */
final class Platform implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(10);
    private static final Pattern INDEX_LOADED =
            Pattern.compile("Certificate index loaded: (\\d+) certificates from (\\d+) events in (\\d+) ms");

    private final Process process;
    private final URI base;
    private final Path log;
    private final double startSeconds;

    private Platform(Process process, URI base, Path log, double startSeconds) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.startSeconds = startSeconds;
    }

    static Platform start(BenchOptions options, Path dataDir, String name, Map<String, String> properties)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(options.jar())) {
            throw new IllegalStateException("no platform jar at " + options.jar() + ": run the bench with 'mvn -Pbench -DskipTests verify' from the repository root");
        }
        if (options.searchNodeConfig() != null) { // the node reads <its home>/config/elasticsearch.yml at start
            Path config = Files.createDirectories(dataDir.resolve("search/config"));
            Files.copy(options.searchNodeConfig(), config.resolve("elasticsearch.yml"), StandardCopyOption.REPLACE_EXISTING);
        }
        int port = freePort();
        Path logs = Files.createDirectories(options.results().resolve("logs"));
        Path log = logs.resolve(name + ".log");
        Files.deleteIfExists(log);
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        command.addAll(options.platformJvmOptions());
        if (options.jfr()) {
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + logs.resolve(name + ".jfr"));
        }
        command.addAll(List.of("-jar", options.jar().toString(), "--server.port=" + port,
                "--tianping.data-dir=" + dataDir, "--tianping.demo-data=false", "--tianping.bench.enabled=true",
                "--tianping.search.embedded.home=" + options.searchNode()));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        awaitHealth(process, base, log);
        return new Platform(process, base, log, (System.nanoTime() - started) / 1e9);
    }

    URI base() {
        return base;
    }

    /** Seconds from the start of the JVM until it answered HTTP (the certificate index is loaded by then). */
    double startSeconds() {
        return startSeconds;
    }

    /** The start-up load of the in-memory certificate index, as the platform logged it. */
    record IndexLoad(long certificates, long events, long millis) { }

    IndexLoad indexLoad() throws IOException {
        var matcher = INDEX_LOADED.matcher(Files.readString(log));
        IndexLoad last = null;
        while (matcher.find()) {
            last = new IndexLoad(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
                    Long.parseLong(matcher.group(3)));
        }
        return last;
    }

    /** Batches an event processor failed and retried (e.g. while Elasticsearch refused requests), from the log. */
    static long retriedBatches(BenchOptions options, String name) throws IOException {
        try (var lines = Files.lines(options.results().resolve("logs").resolve(name + ".log"))) {
            return lines.filter(line -> line.contains("Error while processing batch")).count();
        }
    }

    private static void awaitHealth(Process process, URI base, Path log) throws InterruptedException {
        var anonymous = Http.anonymous(base);
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the platform exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                if (anonymous.get("actuator/health").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the platform did not answer within " + STARTUP_TIMEOUT + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the platform as Ctrl-C does (graceful shutdown, database and search node closed), killing it after 2 min. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }
}
