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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch 7.17 node in a child JVM, built by the {@code search-node} module: its own classpath, because
 * Spring Boot's Netty 4.2 breaks the node. The child writes its HTTP port to {@code http.port} in its data directory
 * once it is up, and stops when its standard input closes: {@link #close()} does that, and so does the death of this
 * JVM, so no orphan outlives the app. A node that exits by itself (killed, out of memory) is started again on the same
 * port and data, with a growing pause between attempts, until {@link #close()}: its documents are on disk, and what
 * the event processors could not write meanwhile they retry.
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

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSearchNode.class);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private volatile Process process;
    private volatile boolean closing;
    private final Path dataDir;
    private final int httpPort;
    private final List<String> command;

    private EmbeddedSearchNode(Process process, Path dataDir, int httpPort, List<String> command) {
        this.process = process;
        this.dataDir = dataDir;
        this.httpPort = httpPort;
        this.command = command;
        keepUp(process);
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
        Process process = launch(command(nodeHome, dataDir, httpPort, heap), dataDir, ProcessBuilder.Redirect.to(logFile(dataDir).toFile()));
        int port = awaitPort(process, dataDir.resolve("http.port"), logFile(dataDir));
        // a restart binds the port the first start was given, so the client's address stays right
        return new EmbeddedSearchNode(process, dataDir, port, command(nodeHome, dataDir, port, heap));
    }

    private static Process launch(List<String> command, Path dataDir, ProcessBuilder.Redirect log) throws IOException {
        Files.deleteIfExists(dataDir.resolve("http.port")); // a stale one would hand us the port of a node that is gone
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private void keepUp(Process watched) {
        watched.onExit().thenRunAsync(() -> {
            if (closing) {
                return;
            }
            log.error("The embedded search node exited by itself (code {}); starting it again on port {}; search "
                    + "answers 503 until it is up", watched.exitValue(), httpPort);
            restart();
        }, runnable -> Thread.ofPlatform().name("search-node-keeper").daemon().start(runnable));
    }

    private void restart() {
        Duration pause = Duration.ofSeconds(1);
        while (!closing) {
            try {
                Process started = launch(command, dataDir, ProcessBuilder.Redirect.appendTo(logFile(dataDir).toFile()));
                awaitPort(started, dataDir.resolve("http.port"), logFile(dataDir));
                if (closing) {
                    started.destroy();
                    return;
                }
                process = started;
                log.warn("The embedded search node is up again on port {}", httpPort);
                keepUp(started);
                return;
            } catch (IOException | RuntimeException e) {
                log.error("The embedded search node did not start again ({}); next attempt in {} s", e.getMessage(),
                        pause.toSeconds());
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
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
        closing = true;
        Process process = this.process;
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
