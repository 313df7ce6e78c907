package io.tianping.app.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The platform against real servers, as production runs it: PostgreSQL 18 and Elasticsearch 8 (with the smartcn
 * plugin) in containers, nothing embedded. Runs with {@code -Ptestcontainers} on a host with Docker; skips otherwise.
 */
@Tag("testcontainers")
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RealServersTest {

    @Container
    static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:18");

    @Container
    static final ElasticsearchContainer ELASTICSEARCH = new ElasticsearchContainer(DockerImageName
            .parse(new ImageFromDockerfile("tianping-es8-smartcn", false)
                    .withDockerfileFromBuilder(image -> image
                            .from("docker.elastic.co/elasticsearch/elasticsearch:8.19.0")
                            .run("bin/elasticsearch-plugin install --batch analysis-smartcn")
                            .build())
                    .get())
            .asCompatibleSubstituteFor("docker.elastic.co/elasticsearch/elasticsearch"))
            .withEnv("xpack.security.enabled", "false");

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", POSTGRES::getJdbcUrl);
        properties.add("spring.datasource.username", POSTGRES::getUsername);
        properties.add("spring.datasource.password", POSTGRES::getPassword);
        properties.add("spring.elasticsearch.uris", () -> "http://" + ELASTICSEARCH.getHttpHostAddress());
    }

    @LocalServerPort int port;

    @Test
    void noDemoPrincipalExistsAgainstARealDatabase() {
        assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(Certificates.newNumber("0717")))
                .status()).isEqualTo(401);
    }

    @Test
    void theSearchIndexIsBuiltOnARealCluster() {
        await().atMost(Duration.ofSeconds(60)).until(() -> Api.asPerson(port, "admin").get("/actuator/health").body()
                .contains("\"search\""));
        assertThat(Api.asPerson(port, "admin").get("/actuator/health").json().get("components").get("search")
                .get("status").asString()).isEqualTo("UP");
    }
}
