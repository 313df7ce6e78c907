package io.tianping.app.search;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Elasticsearch 7.17 node in a child JVM, built by the {@code search-node} module: its own classpath, because
 * Spring Boot's Netty 4.2 breaks the node. The child writes its HTTP port to {@code http.port} in its data directory
 * once it is up, and stops when its standard input closes: {@link #close()} does that, and so does the death of this
 * JVM, so no orphan outlives the app.
 */
public final class EmbeddedSearchNode implements AutoCloseable {

    static final String MAIN_CLASS = "io.tianping.searchnode.SearchNode";
    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    /**
     * The node's default heap. At 256 MB its young collections took a sixth of its time while it indexed (36 ms each,
     * every quarter second) and a replay of the certificate index was bound by them.
     */
    public static final String DEFAULT_HEAP = "512m";

    private final Process process;
    private final Path dataDir;
    private final int httpPort;

    private EmbeddedSearchNode(Process process, Path dataDir, int httpPort) {
        this.process = process;
        this.dataDir = dataDir;
        this.httpPort = httpPort;
    }

    /**
     * Starts a node and waits until it answers HTTP.
     *
     * @param nodeHome search-node's build output, holding {@code classes/} and {@code lib/}
     * @param dataDir  where the node keeps its data, port file and log; data survives restarts
     * @param httpPort the HTTP port to bind, 0 for any free one
     */
    public static EmbeddedSearchNode start(Path nodeHome, Path dataDir, int httpPort) throws IOException {
        return start(nodeHome, dataDir, httpPort, DEFAULT_HEAP);
    }

    /** As {@link #start(Path, Path, int)}, with the node's heap ({@code -Xmx} syntax, e.g. {@code 512m}). */
    public static EmbeddedSearchNode start(Path nodeHome, Path dataDir, int httpPort, String heap) throws IOException {
        if (!Files.isDirectory(nodeHome.resolve("classes")) || !Files.isDirectory(nodeHome.resolve("lib"))) {
            throw new IllegalStateException("no search node in " + nodeHome.toAbsolutePath()
                    + ": build it with 'mvn -pl search-node install' and point tianping.search.embedded.home at"
                    + " search-node/target, or set spring.elasticsearch.uris to use a running cluster");
        }
        Files.createDirectories(dataDir);
        Path portFile = dataDir.resolve("http.port");
        Files.deleteIfExists(portFile); // a stale one would hand us the port of a node that is gone
        Process process = new ProcessBuilder(command(nodeHome, dataDir, httpPort, heap))
                .redirectErrorStream(true)
                .redirectOutput(logFile(dataDir).toFile())
                .start();
        return new EmbeddedSearchNode(process, dataDir, awaitPort(process, portFile, logFile(dataDir)));
    }

    static List<String> command(Path nodeHome, Path dataDir, int httpPort, String heap) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xms" + heap, "-Xmx" + heap, "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED"));
        String options = System.getenv("ES_JAVA_OPTS"); // as Elasticsearch's own scripts take them, e.g. a profiler
        if (options != null && !options.isBlank()) {
            command.addAll(List.of(options.strip().split("\\s+")));
        }
        if (Runtime.version().feature() >= 23) { // JDK 17-22 refuse this flag; 23+ warn on every Netty start without it
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-cp", nodeHome.resolve("classes") + File.pathSeparator + nodeHome.resolve("lib").resolve("*"),
                MAIN_CLASS, dataDir.toAbsolutePath().toString(), Integer.toString(httpPort)));
        return command;
    }

    private static int awaitPort(Process process, Path portFile, Path log) throws IOException {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        try {
            while (!Files.exists(portFile)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the search node exited with code " + process.exitValue()
                            + " before it was up; see " + log);
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("the search node was not up after " + STARTUP_TIMEOUT.toSeconds()
                            + " s; see " + log);
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the search node started; see " + log, e);
        }
        return Integer.parseInt(Files.readString(portFile).trim());
    }

    static Path logFile(Path dataDir) {
        return dataDir.resolve("search-node.log");
    }

    public int httpPort() {
        return httpPort;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    public Path logFile() {
        return logFile(dataDir);
    }

    public ProcessHandle process() {
        return process.toHandle();
    }

    /** Closes the node's standard input, waits for it to exit, and kills it if it has not after 10 s. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
            Files.deleteIfExists(dataDir.resolve("http.port"));
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
