package io.tianping.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL of issue 10: a password nobody else can read, the loopback only, and a start after a crash. */
class EmbeddedDatabaseTest {

    @TempDir Path dataDir;

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void demandsThePasswordKeptOwnerOnlyInTheDataDirectory() throws Exception {
        try (EmbeddedDatabase postgres = start()) {
            Path file = dataDir.resolve("postgres.password");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            String password = Files.readString(file);
            assertThat(password).hasSizeGreaterThanOrEqualTo(40);

            assertThat(query(postgres, password, "select 1")).isEqualTo("1");
            assertThatThrownBy(() -> query(postgres, null, "select 1")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> query(postgres, "wrong", "select 1")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            assertThat(query(postgres, password, "show listen_addresses")).isEqualTo("127.0.0.1");
        }
        try (EmbeddedDatabase again = start()) {
            assertThat(query(again, Files.readString(dataDir.resolve("postgres.password")), "select 2"))
                    .as("the next start keeps the same password").isEqualTo("2");
        }
    }

    @Test
    void aDirectoryMadeByAnEarlierVersionWithoutPasswordGetsOne() throws Exception {
        try (var earlier = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).start()) {
            assertThat(earlier.getPostgresDatabase().getConnection().isValid(1)).as("trust, as before").isTrue();
        }
        try (EmbeddedDatabase postgres = start()) {
            assertThatThrownBy(() -> query(postgres, null, "select 1")).isInstanceOf(SQLException.class);
            assertThat(query(postgres, Files.readString(dataDir.resolve("postgres.password")), "select 1")).isEqualTo("1");
        }
    }

    @Test
    void aStartAfterTheApplicationWasKilledTakesOverFromTheOrphanedServer() throws Exception {
        Process crashing = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), CrashingApplication.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try (var output = new BufferedReader(new InputStreamReader(crashing.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("READY")) {
                // the child's log
            }
            assertThat(line).as("the child application started its database").isEqualTo("READY");
        }
        crashing.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no Spring lifecycle
        assertThat(OrphanedServer.find(dataDir.resolve("postgres"))).as("the server outlived its application").isPresent();

        try (EmbeddedDatabase postgres = start()) {
            assertThat(query(postgres, Files.readString(dataDir.resolve("postgres.password")),
                    "select id from written_before_the_crash")).isEqualTo("42");
        }
    }

    private EmbeddedDatabase start() throws Exception {
        return configuration.embeddedDatabase(dataDir, "off", "off");
    }

    private static String query(EmbeddedDatabase postgres, String password, String sql) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:%d/postgres"
                .formatted(postgres.port()), properties);
             var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
