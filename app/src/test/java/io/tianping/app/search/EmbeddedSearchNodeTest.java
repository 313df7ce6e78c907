package io.tianping.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * A real node in a child JVM: Chinese product names are found by a part of a word, health reports it, and close()
 * leaves no process behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedSearchNodeTest {

    record Product(String name, String model, LocalDate listedOn) {}

    @TempDir
    static Path dataDir;
    static EmbeddedSearchNode node;
    static ElasticsearchClient client;

    @BeforeAll
    static void startNodeAndIndexProducts() throws Exception {
        node = start();
        client = connect();
        client.indices().create(index -> index.index("products").mappings(mappings -> mappings
                .properties("name", name -> name.text(text -> text.analyzer("smartcn")
                        .fields("cjk", cjk -> cjk.text(bigrams -> bigrams.analyzer("cjk")))
                        .fields("keyword", keyword -> keyword.keyword(exact -> exact.ignoreAbove(256)))))
                .properties("model", model -> model.keyword(exact -> exact))
                .properties("listedOn", listedOn -> listedOn.date(date -> date))));
        client.index(doc -> doc.index("products").id("1").document(
                new Product("美的电热水壶 SWF-17E 1.7升", "SWF-17E", LocalDate.of(2026, 3, 1))));
        client.index(doc -> doc.index("products").id("2").document(
                new Product("苏泊尔电饭煲 SF40FC", "SF40FC", LocalDate.of(2026, 4, 2))));
        client.indices().refresh(refresh -> refresh.index("products"));
    }

    @AfterAll
    static void stopNode() throws Exception {
        if (client != null) client.close();
        if (node != null) node.close();
    }

    @ParameterizedTest(name = "{0} on {1} finds {2}")
    @CsvSource({
            "水壶,      name.cjk,     1",
            "电热水壶,   name,         1",
            "电饭煲,     name.cjk,     2",
            "swf-17e,   name.cjk,     1",
            "SWF-17E,   name.cjk,     1",
            "SF40FC,    name.cjk,     2",
    })
    void findsProductsByPartOfTheirName(String text, String field, String expectedId) throws Exception {
        assertThat(ids(Query.of(q -> q.match(match -> match.field(field).query(text))))).containsExactly(expectedId);
    }

    @Test
    void smartcnAloneKeepsTheCompoundWordWhole() throws Exception {
        assertThat(ids(Query.of(q -> q.match(match -> match.field("name").query("水壶"))))).isEmpty();
    }

    @Test
    void findsExactModelNumberAndReadsRecordsBack() throws Exception {
        var hits = client.search(search -> search.index("products")
                .query(q -> q.term(term -> term.field("model").value("SWF-17E"))), Product.class).hits().hits();
        assertThat(hits).map(Hit::source)
                .containsExactly(new Product("美的电热水壶 SWF-17E 1.7升", "SWF-17E", LocalDate.of(2026, 3, 1)));
    }

    @Test
    void healthIsUpAndGreenOnOneNode() {
        Health health = new SearchHealthIndicator(client).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("status", "green").containsEntry("nodes", 1);
    }

    @Test
    void healthIsDownWithTheReasonWhenUnreachable() throws Exception {
        try (var nowhere = ElasticsearchClient.of(config -> config.host("http://127.0.0.1:1"))) {
            Health health = new SearchHealthIndicator(nowhere).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("error").toString()).contains("Connection refused");
        }
    }

    @Test
    @Order(Integer.MAX_VALUE) // stops the shared node
    void closeStopsTheChildJvmAndDataSurvivesARestart() throws Exception {
        ProcessHandle child = node.process();
        node.close();
        assertThat(child.isAlive()).isFalse();
        assertThat(ProcessHandle.of(child.pid())).isEmpty();
        assertThat(dataDir.resolve("http.port")).doesNotExist();
        client.close();

        node = start();
        client = connect();
        assertThat(ids(Query.of(q -> q.match(match -> match.field("name.cjk").query("水壶"))))).containsExactly("1");
    }

    private static EmbeddedSearchNode start() throws IOException {
        return EmbeddedSearchNode.start(Path.of(System.getProperty("tianping.search.embedded.home")), dataDir, 0);
    }

    private static ElasticsearchClient connect() {
        return ElasticsearchClient.of(config -> config.host(node.uri().toString()).jsonMapper(SearchConfiguration.jsonMapper()));
    }

    private static List<String> ids(Query query) throws Exception {
        return client.search(search -> search.index("products").query(query), Product.class)
                .hits().hits().stream().map(Hit::id).toList();
    }
}
