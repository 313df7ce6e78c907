package io.tianping.app.database;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseTest}: starts the embedded database as the application does, writes a
 * row, says READY and waits to be killed with SIGKILL, as the OOM killer would kill the application.
 */
public final class CrashingApplication {

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        var configuration = new EmbeddedDatabaseConfiguration();
        var database = configuration.embeddedDatabase(dataDir, "on", "on");
        try (var connection = configuration.dataSource(database).getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create table written_before_the_crash (id int primary key)");
            statement.execute("insert into written_before_the_crash values (42)");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
