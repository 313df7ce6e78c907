package io.tianping.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.TianpingApplication;
import io.tianping.app.database.EmbeddedDatabase;
import io.tianping.app.search.EmbeddedSearchNode;
import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Production mode without Docker: a PostgreSQL and a search node started here stand in for real servers. With
 * {@code spring.datasource.url} and {@code spring.elasticsearch.uris} set, the platform starts nothing embedded and
 * has no demo principal.
 */
class ExternalServersTest {

    @TempDir Path dir;

    @Test
    void withServerUrlsNothingEmbeddedStartsAndNoDemoPrincipalExists() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).start();
             var search = EmbeddedSearchNode.start(Path.of(System.getProperty("tianping.search.embedded.home")),
                     dir.resolve("es"), 0);
             var app = new SpringApplicationBuilder(TianpingApplication.class).profiles("test").run(
                     "--server.port=0", "--tianping.data-dir=" + dir.resolve("unused"),
                     "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                     "--spring.datasource.username=postgres",
                     "--tianping.checkpoints.key=external-servers-test-key",
                     "--spring.elasticsearch.uris=" + search.uri())) {
            assertThat(app.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
            assertThat(app.getBeanNamesForType(EmbeddedSearchNode.class)).isEmpty();
            // the node keeps only its own things there (the check journal), no database, search node or demo data
            assertThat(dir.resolve("unused/postgres")).doesNotExist();
            assertThat(dir.resolve("unused/search")).doesNotExist();
            assertThat(dir.resolve("unused/check-journal")).isDirectory();

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(Certificates.newNumber("0717")))
                    .status()).as("the demo key means nothing against a real database").isEqualTo(401);
            assertThat(Api.asPerson(port, "auditor").get("/api/v1/certificates/2024010717000123").status()).isEqualTo(401);
            assertThat(Api.anonymous(port).get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        }
    }
}
