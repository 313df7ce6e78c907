package io.tianping.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** One client either way: to the configured cluster, or to an embedded node that lives and dies with the context. */
class SearchConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SearchConfiguration.class, SearchHealthIndicator.class);

    @Test
    void usesTheConfiguredClusterAndStartsNothing() {
        context.withPropertyValues("spring.elasticsearch.uris=http://search-1:9200, http://search-2:9200")
                .run(app -> {
                    assertThat(app).hasSingleBean(ElasticsearchClient.class).doesNotHaveBean(EmbeddedSearchNode.class);
                    assertThat(SearchConfiguration.parse("http://search-1:9200, http://search-2:9200"))
                            .extracting(Object::toString).containsExactly("http://search-1:9200", "http://search-2:9200");
                });
    }

    @Test
    void startsAnEmbeddedNodeUnderTheDataDirAndStopsItWithTheContext(@TempDir Path dataDir) {
        ProcessHandle[] child = new ProcessHandle[1];
        context.withPropertyValues("tianping.data-dir=" + dataDir,
                        "tianping.search.embedded.home=" + System.getProperty("tianping.search.embedded.home"))
                .run(app -> {
                    assertThat(app).hasSingleBean(ElasticsearchClient.class).hasSingleBean(EmbeddedSearchNode.class);
                    child[0] = app.getBean(EmbeddedSearchNode.class).process();
                    assertThat(dataDir.resolve("search/http.port")).exists();
                    Health health = app.getBean("searchHealthIndicator", HealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                });
        assertThat(child[0].isAlive()).isFalse();
    }
}
