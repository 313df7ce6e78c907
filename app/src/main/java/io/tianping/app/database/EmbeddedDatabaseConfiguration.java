package io.tianping.app.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real PostgreSQL started from a jar when no {@code spring.datasource.url} is configured. Its data directory lives
 * under {@code tianping.data-dir}, so data survives a restart. It listens on 127.0.0.1 only and demands the password
 * kept in {@code postgres.password} beside it ({@link PasswordAuthentication}); a server left running by a killed
 * application is taken over first ({@link OrphanedServer}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(EmbeddedDatabaseConfiguration.WHEN_NO_DATABASE_URL)
public class EmbeddedDatabaseConfiguration {

    /** True when nobody pointed the application at a database of their own. */
    public static final String WHEN_NO_DATABASE_URL = "'${spring.datasource.url:}'.isEmpty()";

    static final String LOOPBACK = "127.0.0.1";

    // zonky's own shutdown hook would kill the database under running processors: Spring closes it, last.
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${tianping.data-dir}") Path dataDir,
                                      @Value("${tianping.database.fsync:on}") String fsync,
                                      @Value("${tianping.database.synchronous-commit:on}") String synchronousCommit)
            throws IOException {
        Path directory = dataDir.resolve("postgres");
        Files.createDirectories(directory);
        String password = DatabasePassword.in(dataDir);
        OrphanedServer.takeOver(directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                // zonky turns both off by default: fine for tests, not for data a user keeps
                .setServerConfig("fsync", fsync)
                .setServerConfig("synchronous_commit", synchronousCommit)
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", LOOPBACK)
                .setConnectConfig("password", password)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        PasswordAuthentication.demand(postgres, directory, password);
        return new EmbeddedDatabase(postgres, password);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://%s:%d/postgres".formatted(LOOPBACK, database.port()));
        dataSource.setUsername("postgres");
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("tianping-embedded");
        return dataSource;
    }
}
