package io.tianping.app.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real PostgreSQL started from a jar when no {@code spring.datasource.url} is configured. Its data directory lives
 * under {@code tianping.data-dir}, so data survives a restart; see {@link EmbeddedDatabase}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(EmbeddedDatabaseConfiguration.WHEN_NO_DATABASE_URL)
public class EmbeddedDatabaseConfiguration {

    /** True when nobody pointed the application at a database of their own. */
    public static final String WHEN_NO_DATABASE_URL = "'${spring.datasource.url:}'.isEmpty()";

    // the data source depends on it, so Spring closes the database after everything that uses it
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${tianping.data-dir}") Path dataDir,
                                      @Value("${tianping.database.fsync:on}") String fsync,
                                      @Value("${tianping.database.synchronous-commit:on}") String synchronousCommit)
            throws IOException {
        return EmbeddedDatabase.start(dataDir, fsync, synchronousCommit);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database,
                          @Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeoutMillis) {
        var dataSource = new HikariDataSource();
        // a request waits this long for a connection, then is a 503 (the database is down), not a 30 s hang
        dataSource.setConnectionTimeout(connectionTimeoutMillis);
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(EmbeddedDatabase.USER);
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("tianping-embedded");
        return dataSource;
    }
}
