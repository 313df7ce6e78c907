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
 * under {@code tianping.data-dir}, so data survives a restart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(EmbeddedDatabaseConfiguration.WHEN_NO_DATABASE_URL)
public class EmbeddedDatabaseConfiguration {

    /** True when nobody pointed the application at a database of their own. */
    public static final String WHEN_NO_DATABASE_URL = "'${spring.datasource.url:}'.isEmpty()";

    // zonky's own shutdown hook would kill the database under running processors: Spring closes it, last.
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${tianping.data-dir}") Path dataDir,
                                      @Value("${tianping.database.fsync:on}") String fsync,
                                      @Value("${tianping.database.synchronous-commit:on}") String synchronousCommit)
            throws IOException {
        Path directory = dataDir.resolve("postgres");
        Files.createDirectories(directory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                // zonky turns both off by default: fine for tests, not for data a user keeps
                .setServerConfig("fsync", fsync)
                .setServerConfig("synchronous_commit", synchronousCommit)
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("tianping-embedded");
        return dataSource;
    }
}
