package io.tianping.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL that the application starts from a jar, with its data in {@code postgres} under the data directory.
 * zonky's defaults suit throw-away test databases; for data a user keeps, the server listens on 127.0.0.1 only,
 * demands the password kept in {@code postgres.password} next to its data, takes over from a server that a killed
 * application left behind, and stops when this JVM dies.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    private static final String LOOPBACK = "127.0.0.1";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final ServerWatchdog watchdog;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, ServerWatchdog watchdog, String password) {
        this.postgres = postgres;
        this.watchdog = watchdog;
        this.password = password;
    }

    /**
     * Starts the server on {@code dataDir/postgres}, creating it on first start.
     *
     * @param fsync             PostgreSQL's {@code fsync}; zonky turns it off, which suits tests only
     * @param synchronousCommit PostgreSQL's {@code synchronous_commit}; zonky turns it off too
     */
    public static EmbeddedDatabase start(Path dataDir, String fsync, String synchronousCommit) throws IOException {
        Path directory = dataDir.resolve("postgres");
        Files.createDirectories(directory);
        OrphanedServer.takeOver(directory);
        Path passwordFile = dataDir.resolve(DatabasePassword.FILE_NAME);
        Optional<String> kept = DatabasePassword.read(passwordFile);
        String password = kept.isPresent() ? kept.get() : DatabasePassword.create(passwordFile);
        boolean demandsPassword = ClientAuthentication.requiresPassword(directory);
        // a new directory, one of an older version, or one whose password file was lost gets a password on this start
        boolean secured = kept.isPresent() && demandsPassword;
        boolean created = !Files.exists(directory.resolve("PG_VERSION"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // zonky's own shutdown hook would kill the database under running processors: Spring closes it, last
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", fsync)
                .setServerConfig("synchronous_commit", synchronousCommit)
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", LOOPBACK)
                .setConnectConfig("password", password)
                .setDataDirectoryCustomizer(initialised -> {
                    if (!secured) {
                        allowWithoutPassword(initialised.toPath());
                    }
                })
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        try {
            if (!secured) {
                ClientAuthentication.requirePassword(postgres, directory, password);
                logSecured(directory, passwordFile, created, demandsPassword);
            }
            return new EmbeddedDatabase(postgres, ServerWatchdog.watch(directory), password);
        } catch (SQLException e) {
            postgres.close();
            throw new IOException("could not set the password of the embedded PostgreSQL in " + directory, e);
        } catch (IOException | RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    private static void logSecured(Path directory, Path passwordFile, boolean created, boolean demandedPassword) {
        if (created) {
            log.info("the new embedded PostgreSQL in {} demands the password in {}", directory, passwordFile);
        } else if (demandedPassword) {
            log.warn("{} was missing or empty: gave the embedded PostgreSQL in {} a new password", passwordFile,
                    directory);
        } else {
            log.warn("the embedded PostgreSQL in {} let local connections in without a password; it now demands the"
                    + " one in {}", directory, passwordFile);
        }
    }

    private static void allowWithoutPassword(Path directory) {
        try {
            ClientAuthentication.allowWithoutPassword(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + LOOPBACK + ":" + postgres.getPort() + "/postgres";
    }

    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    ProcessHandle watchdog() {
        return watchdog.process();
    }

    /** Stops the server (fast shutdown) and waits for it. */
    @Override
    public void close() throws IOException {
        watchdog.close();
        postgres.close();
    }
}
