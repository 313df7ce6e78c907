package io.tianping.app.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link ElasticsearchClient} of the app. With {@code spring.elasticsearch.uris} set (comma-separated, e.g.
 * from {@code SPRING_ELASTICSEARCH_URIS}) it talks to that cluster and starts nothing; without, it starts an
 * {@link EmbeddedSearchNode} under {@code ${tianping.data-dir}/search}.
 *
 * <p>Boot 4 moved its Elasticsearch auto-configuration to {@code spring-boot-elasticsearch}, which this app does not
 * depend on, so nothing else binds {@code spring.elasticsearch.*} or creates a second client.
 */
@Configuration(proxyBeanMethods = false)
public class SearchConfiguration {

    /** True when nobody pointed the application at an Elasticsearch cluster of their own. */
    public static final String WHEN_NO_SEARCH_URIS = "'${spring.elasticsearch.uris:}'.trim().isEmpty()";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(WHEN_NO_SEARCH_URIS)
    EmbeddedSearchNode embeddedSearchNode(@Value("${tianping.search.embedded.home:}") String nodeHome,
                                          @Value("${tianping.search.embedded.port:0}") int port,
                                          @Value("${tianping.search.embedded.heap:" + EmbeddedSearchNode.DEFAULT_HEAP + "}") String heap,
                                          @Value("${tianping.data-dir}") Path dataDir) throws IOException {
        return EmbeddedSearchNode.start(BundledSearchNode.home(nodeHome, dataDir), dataDir.resolve("search"), port, heap);
    }

    @Bean(destroyMethod = "close")
    ElasticsearchClient elasticsearchClient(@Value("${spring.elasticsearch.uris:}") String uris,
                                            @Value("${spring.elasticsearch.username:}") String username,
                                            @Value("${spring.elasticsearch.password:}") String password,
                                            ObjectProvider<EmbeddedSearchNode> embedded) {
        List<URI> hosts = uris.isBlank() ? List.of(embedded.getObject().uri()) : parse(uris);
        return ElasticsearchClient.of(config -> {
            config.hosts(hosts).jsonMapper(jsonMapper());
            return username.isBlank() ? config : config.usernameAndPassword(username, password);
        });
    }

    static List<URI> parse(String uris) {
        return Arrays.stream(uris.split(",")).map(String::trim).filter(uri -> !uri.isEmpty()).map(URI::create).toList();
    }

    /** Jackson 2 with java.time as ISO strings; records work as they are. */
    public static JsonpMapper jsonMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // documents may carry fields we do not read
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        return new JacksonJsonpMapper(mapper);
    }
}
