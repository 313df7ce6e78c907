package io.tianping.app.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data directory by an application that was killed ({@code kill -9}, the
 * kernel's OOM killer): it still holds {@code postmaster.pid}, and a new start would wait on it and fail. Found by that
 * file and checked against the process's command line (a postgres of this very directory, never another process that
 * reuses the pid), it is asked to stop and, if it does not within {@value #GRACE_SECONDS} s, killed; PostgreSQL recovers
 * from its write-ahead log at the next start, so nothing committed is lost.
 */
final class OrphanedServer {

    static final int GRACE_SECONDS = 15;
    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

    private OrphanedServer() {
    }

    /** Stops a server still running on {@code dataDirectory}, if there is one; true when one was found. */
    static boolean takeOver(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> orphan = find(dataDirectory);
        if (orphan.isEmpty()) {
            return false;
        }
        ProcessHandle server = orphan.get();
        log.warn("Taking over from an orphaned PostgreSQL (pid {}) on {}: the application that started it is gone",
                server.pid(), dataDirectory);
        server.destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients died with the application
        try {
            server.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            log.warn("PostgreSQL pid {} did not stop within {} s; killing it", server.pid(), GRACE_SECONDS);
            server.destroyForcibly();
            server.onExit().orTimeout(Duration.ofSeconds(GRACE_SECONDS).toSeconds(), TimeUnit.SECONDS).join();
        }
        return true;
    }

    /** The live postgres process that {@code postmaster.pid} names for this directory, if any. */
    static Optional<ProcessHandle> find(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.getFirst().strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.getFirst().strip());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(process -> servesDirectory(pid, dataDirectory));
    }

    private static boolean servesDirectory(long pid, Path dataDirectory) {
        try {
            String commandLine = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
            return commandLine.contains("postgres") && commandLine.contains(dataDirectory.toString());
        } catch (IOException gone) {
            return false;
        }
    }
}
