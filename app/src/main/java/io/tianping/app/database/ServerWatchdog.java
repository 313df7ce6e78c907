package io.tianping.app.database;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Stops the database server when this JVM dies, however it dies: pg_ctl starts the server in a session of its own
 * whose parent is init, so {@code kill -9} of the application would leave it running until the next start takes it
 * over ({@link OrphanedServer}). A small shell, child of this JVM, reads its standard input from a pipe that only
 * this JVM holds; the kernel closes the pipe when the JVM dies, the shell reads end of input and sends the server
 * SIGINT (fast shutdown), but only if {@code postmaster.pid} still names it, so a pid reused after a normal stop is
 * left alone. A {@code kill -9} of the whole process group takes the shell too; then the next start takes over.
 */
final class ServerWatchdog implements AutoCloseable {

    private static final String SCRIPT =
            "read -r _; [ \"$(head -n 1 \"$1/postmaster.pid\" 2>/dev/null)\" = \"$2\" ] && kill -INT \"$2\"";

    private final Process shell; // held: the pipe must stay open for as long as the server should run

    private ServerWatchdog(Process shell) {
        this.shell = shell;
    }

    static ServerWatchdog watch(Path directory) throws IOException {
        long pid = OrphanedServer.pid(directory.resolve("postmaster.pid"));
        if (pid <= 0) { // kill -INT -1 would signal every process there is
            throw new IllegalStateException("no server pid in " + directory.resolve("postmaster.pid"));
        }
        Process shell = new ProcessBuilder("sh", "-c", SCRIPT, "tianping-postgres-watchdog",
                directory.toAbsolutePath().toString(), Long.toString(pid))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return new ServerWatchdog(shell);
    }

    ProcessHandle process() {
        return shell.toHandle();
    }

    /** Ends the shell without its signal: the server is about to be stopped the ordinary way. */
    @Override
    public void close() {
        shell.destroy();
        try {
            shell.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
