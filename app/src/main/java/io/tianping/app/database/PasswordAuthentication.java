package io.tianping.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded server ask for the password. Its data directory is created by {@code initdb -A trust} (the
 * embedding library's fixed choice), which lets every local process in as superuser; on the first start, or the first
 * start of a directory made by an earlier version, the superuser gets its password and {@code pg_hba.conf} is replaced
 * by one that demands it (SCRAM) on every connection, then the server reloads it. Meanwhile it listens on the loopback
 * only.
 */
final class PasswordAuthentication {

    static final String HBA = """
            # Written by Tianping: every connection proves the password kept in postgres.password (SCRAM-SHA-256).
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;
    private static final Logger log = LoggerFactory.getLogger(PasswordAuthentication.class);

    private PasswordAuthentication() {
    }

    static boolean demanded(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA);
    }

    /** Once per data directory: gives the superuser {@code password} and makes the server demand it. */
    static void demand(EmbeddedPostgres server, Path dataDirectory, String password) throws IOException {
        if (demanded(dataDirectory)) {
            return;
        }
        PGSimpleDataSource trusted = (PGSimpleDataSource) server.getDatabase("postgres", "postgres", Map.of());
        try (var connection = trusted.getConnection(); var statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role postgres password '" + password.replace("'", "''") + "'");
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("could not set the embedded database's password", e);
        }
        log.info("The embedded database now demands the password kept in {}", DatabasePassword.FILE);
    }
}
