package io.tianping.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's password is its owner's alone and every connection needs it; the server answers on the
 * loopback only; a data directory made by an older version, which let anyone in, keeps its data and is closed; and a
 * lost password file does not lock its owner out.
 */
class EmbeddedDatabaseTest {

    @TempDir static Path dataDir;
    static EmbeddedDatabase database;

    @BeforeAll
    static void start() throws IOException {
        database = EmbeddedDatabase.start(dataDir, "off", "off");
    }

    @AfterAll
    static void stop() throws IOException {
        if (database != null) database.close();
    }

    @Test
    void thePasswordIsKeptInAFileOnlyItsOwnerCanRead() throws IOException {
        Path file = dataDir.resolve("postgres.password");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file).strip()).matches("[A-Za-z0-9_-]{32}").isEqualTo(database.password());
    }

    @Test
    void aConnectionWithoutTheRightPasswordIsRefused() throws SQLException {
        assertThatThrownBy(() -> connect(database, null).close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("no password was provided");
        assertThatThrownBy(() -> connect(database, "wrong").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        try (var connection = connect(database, database.password());
             var rules = connection.createStatement().executeQuery(
                     "SELECT DISTINCT auth_method FROM pg_hba_file_rules")) {
            List<String> methods = new ArrayList<>();
            while (rules.next()) methods.add(rules.getString(1));
            assertThat(methods).as("every rule, Unix socket included").containsExactly("scram-sha-256");
        }
    }

    @Test
    void theServerListensOnTheLoopbackOnly() throws Exception {
        try (var connection = connect(database, database.password());
             var result = connection.createStatement().executeQuery("SHOW listen_addresses")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("127.0.0.1");
        }
        for (InetAddress address : otherAddresses()) {
            try (var socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, database.port()), 2000))
                        .as("port %d on %s", database.port(), address).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void aDirectoryOfAnOlderVersionKeepsItsDataAndNowDemandsThePassword(@TempDir Path oldDataDir) throws Exception {
        try (var old = EmbeddedPostgres.builder().setDataDirectory(oldDataDir.resolve("postgres"))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
             var connection = old.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("CREATE TABLE kept AS SELECT 'written by an older version' AS note");
        }
        try (var migrated = EmbeddedDatabase.start(oldDataDir, "off", "off")) {
            assertThat(Files.getPosixFilePermissions(oldDataDir.resolve("postgres.password")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThatThrownBy(() -> connect(migrated, null).close()).isInstanceOf(SQLException.class);
            try (var connection = connect(migrated, migrated.password());
                 var result = connection.createStatement().executeQuery("SELECT note FROM kept")) {
                result.next();
                assertThat(result.getString(1)).isEqualTo("written by an older version");
            }
        }
    }

    @Test
    void aLostPasswordFileIsReplacedByANewPassword(@TempDir Path dir) throws Exception {
        String lost;
        try (var first = EmbeddedDatabase.start(dir, "off", "off")) {
            lost = first.password();
        }
        Files.delete(dir.resolve("postgres.password"));
        try (var second = EmbeddedDatabase.start(dir, "off", "off")) {
            assertThat(second.password()).isNotEqualTo(lost);
            assertThatThrownBy(() -> connect(second, lost).close()).isInstanceOf(SQLException.class);
            connect(second, second.password()).close();
        }
    }

    static Connection connect(EmbeddedDatabase database, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", EmbeddedDatabase.USER);
        if (password != null) properties.setProperty("password", password);
        return DriverManager.getConnection(database.jdbcUrl(), properties);
    }

    private static List<InetAddress> otherAddresses() throws IOException {
        return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()).toList();
    }
}
