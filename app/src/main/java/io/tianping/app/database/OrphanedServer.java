package io.tianping.app.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that a killed Tianping left running on its data directory. pg_ctl starts the server in a
 * session of its own whose parent is init, so {@code kill -9} of the application (what the OOM killer does) does not
 * reach it; the orphan keeps {@code postmaster.pid}, and the next start used to give up on that lock file after a
 * minute. Linux only, as are the binaries the application ships with: it needs {@code /proc}.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration FAST_SHUTDOWN_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(5);

    private OrphanedServer() {}

    /**
     * Stops the server named by the directory's {@code postmaster.pid} if it is a PostgreSQL running on this very
     * directory: its executable is {@code postgres} and its working directory (a server changes to its data directory)
     * is this one, which rules out an unrelated process that got the pid later. Then removes a {@code postmaster.pid}
     * left over. Does nothing while a running Tianping holds zonky's lock on the directory: that one is no orphan.
     */
    static void takeOver(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile) || !Files.isDirectory(Path.of("/proc"))) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve("epg-lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return; // another application runs this server; zonky's own lock will refuse this start
            }
            long pid = pid(pidFile);
            if (runsOn(pid, directory)) {
                stop(pid, directory);
            } else {
                log.warn("removed a stale {}: pid {} is not a PostgreSQL server of this directory", pidFile, pid);
            }
            Files.deleteIfExists(pidFile);
        } catch (OverlappingFileLockException e) {
            // a server of this JVM runs on the directory; zonky's own lock will refuse this start
        }
    }

    private static void stop(long pid, Path directory) {
        long started = System.nanoTime();
        List<ProcessHandle> family = ProcessHandle.of(pid)
                .map(postmaster -> Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList())
                .orElse(List.of());
        fastShutdown(pid); // ends the dead application's sessions and writes a checkpoint
        if (awaitGone(pid, directory, FAST_SHUTDOWN_TIMEOUT)) {
            log.warn("took over from an orphaned PostgreSQL, pid {}: it shut down in {} ms", pid,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return;
        }
        family.forEach(ProcessHandle::destroyForcibly); // its data stays consistent: the next start replays the WAL
        if (!awaitGone(pid, directory, KILL_TIMEOUT)) {
            throw new IllegalStateException("could not stop the orphaned PostgreSQL, pid " + pid + ", on " + directory);
        }
        log.warn("took over from an orphaned PostgreSQL, pid {}: killed it after it did not shut down within {} s", pid,
                FAST_SHUTDOWN_TIMEOUT.toSeconds());
    }

    static boolean runsOn(long pid, Path directory) {
        Path process = Path.of("/proc", Long.toString(pid));
        try {
            return Files.readSymbolicLink(process.resolve("exe")).getFileName().toString().startsWith("postgres")
                    && Files.readSymbolicLink(process.resolve("cwd")).equals(directory.toRealPath());
        } catch (IOException | UnsupportedOperationException e) {
            return false; // gone, a zombie, or no pid at all
        }
    }

    private static boolean awaitGone(long pid, Path directory, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (runsOn(pid, directory)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    // Java can only send SIGTERM, which PostgreSQL takes as a smart shutdown: it would wait for sessions to end
    private static void fastShutdown(long pid) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy); // no kill command: the smart shutdown will do
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first line of {@code postmaster.pid}; -1 when it is not a number (a server that died while writing it). */
    static long pid(Path pidFile) throws IOException {
        try (Stream<String> lines = Files.lines(pidFile)) {
            return Long.parseLong(lines.findFirst().orElse("").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
