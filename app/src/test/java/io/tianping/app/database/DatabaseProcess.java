package io.tianping.app.database;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * An application reduced to its embedded database, in a JVM of its own for {@link EmbeddedDatabaseCrashTest} to kill:
 * starts the database on the data directory given, writes a row, prints {@code ready}, and waits to be killed.
 */
public final class DatabaseProcess {

    public static void main(String[] args) throws Exception {
        var database = EmbeddedDatabase.start(Path.of(args[0]), "on", "on"); // as a user runs it
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept AS SELECT 'written before the crash' AS note");
        }
        System.out.println("ready");
        Thread.sleep(Long.MAX_VALUE);
    }
}
