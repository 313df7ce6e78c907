package io.tianping.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * The server's {@code pg_hba.conf}. zonky runs initdb with {@code -A trust}, so every local user could connect as
 * superuser without a password, and data directories made by older versions of Tianping are like that. There is no
 * way to give initdb a password through zonky, so a new or old {@code trust} directory starts once as it is, on the
 * loopback only, gets its password, and from then on demands it: scram-sha-256 for every connection.
 */
final class ClientAuthentication {

    static final String PASSWORD_REQUIRED = """
            # Written by Tianping: every connection needs the superuser's password, kept in postgres.password next to
            # this directory. The server listens on 127.0.0.1 only.
            local   all           all                   scram-sha-256
            host    all           all   127.0.0.1/32    scram-sha-256
            local   replication   all                   scram-sha-256
            host    replication   all   127.0.0.1/32    scram-sha-256
            """;

    // only while Tianping sets the password, right after the start
    private static final String NO_PASSWORD = """
            # Written by Tianping for the moment it sets the superuser's password; replaced right after.
            local   all   all                   trust
            host    all   all   127.0.0.1/32    trust
            """;

    private static final Duration RELOAD_TIMEOUT = Duration.ofSeconds(10);

    private ClientAuthentication() {}

    /** True when the directory's server already demands the password, as Tianping configures it. */
    static boolean requiresPassword(Path directory) throws IOException {
        Path file = file(directory);
        return Files.exists(file) && Files.readString(file).equals(PASSWORD_REQUIRED);
    }

    /** Lets the next start in without a password, so that the password can be set; see the class comment. */
    static void allowWithoutPassword(Path directory) throws IOException {
        Files.writeString(file(directory), NO_PASSWORD);
    }

    /**
     * Makes {@code password} the superuser's password (hashed by the driver, so the clear text never reaches the
     * server's log), demands it from every connection, and waits until the server refuses one without it.
     */
    static void requirePassword(EmbeddedPostgres postgres, Path directory, String password)
            throws IOException, SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.unwrap(PGConnection.class).alterUserPassword("postgres", password.toCharArray(), "scram-sha-256");
            Files.writeString(file(directory), PASSWORD_REQUIRED);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_reload_conf()");
            }
        }
        awaitRefusalWithoutPassword(postgres);
    }

    // pg_reload_conf() only signals the server, which rereads pg_hba.conf a moment later
    private static void awaitRefusalWithoutPassword(EmbeddedPostgres postgres) {
        long deadline = System.nanoTime() + RELOAD_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection ignored = postgres.getDatabase("postgres", "postgres", Map.of()).getConnection()) {
                Thread.sleep(20);
            } catch (SQLException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the embedded PostgreSQL still lets connections in without a password "
                + RELOAD_TIMEOUT.toSeconds() + " s after reloading pg_hba.conf");
    }

    private static Path file(Path directory) {
        return directory.resolve("pg_hba.conf");
    }
}
