package io.tianping.app.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.tianping.app.search.EmbeddedSearchNode;
import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.verification.api.CertificateCommand.IssueCertificate;
import io.tianping.verification.api.CertificateCommand.SuspendCertificate;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateQuery.CertificatePage;
import io.tianping.verification.api.CertificateQuery.SearchCertificates;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.CertificateView;
import io.tianping.verification.api.Factory;
import io.tianping.verification.api.Party;
import io.tianping.verification.projection.CertificateSearchIndex;
import io.tianping.verification.projection.CertificateSearchProjection;
import io.tianping.verification.projection.CertificateSearchRebuild;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Certificate search on the embedded Elasticsearch node: Chinese and models, status on the day, rebuild, outage. */
@TianpingTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateSearchTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String KETTLE = Certificates.newNumber("0717");
    private static final String OLD_KETTLE = Certificates.newNumber("0717");
    private static final String RICE_COOKER = Certificates.newNumber("0718");
    private static final String MODEL = "TPK-17X" + KETTLE.substring(10); // no other test's certificate has it
    private static final String ADMIN_PATH = "/api/v1/admin/search/certificates";

    @LocalServerPort int port;
    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired JdbcClient jdbc;
    @Autowired ElasticsearchClient search;
    @Autowired EmbeddedSearchNode node;
    @Autowired CertificateSearchRebuild rebuild;
    @Value("${tianping.search.embedded.home:search-node/target}") Path nodeHome; // as SearchConfiguration reads it

    @BeforeEach
    void issue() { // issuing the same content again changes nothing
        commands.sendAndWait(certificate(KETTLE, "佛山市顺德区美的电热电器制造有限公司", "电热水壶", List.of(MODEL, "TPK-15X"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31)));
        commands.sendAndWait(certificate(OLD_KETTLE, "浙江苏泊尔家电制造有限公司", "电热水壶", List.of("SWF-12A"),
                LocalDate.of(2019, 1, 1), LocalDate.of(2024, 1, 1)));
        commands.sendAndWait(certificate(RICE_COOKER, "珠海格力电器股份有限公司", "电饭锅", List.of("GR-40FB"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31)));
    }

    @Test
    @Order(1)
    void findsAKettleByPartOfItsNameAndByAnyOfItsModelsInAnyCase() {
        await().atMost(WAIT).untilAsserted(() -> { // all three indexed (the rice cooker was issued last)
            assertThat(numbers("水壶", null)).contains(KETTLE, OLD_KETTLE).doesNotContain(RICE_COOKER);
            assertThat(numbers("电饭锅", null)).contains(RICE_COOKER);
        });
        assertThat(numbers(MODEL, null)).containsExactly(KETTLE);
        assertThat(numbers(MODEL.toLowerCase(), null)).containsExactly(KETTLE);
        assertThat(numbers("美的 " + MODEL, null)).as("a company and a model together").containsExactly(KETTLE);
        assertThat(numbers("格力 水壶", null)).as("every word must match").doesNotContain(KETTLE, RICE_COOKER);
        assertThat(search("电饭锅", null, "0718").items()).extracting(v -> v.number().value()).contains(RICE_COOKER);
    }

    @Test
    @Order(2)
    void filtersByTheStatusTheCertificateHasOnTheDayOfTheSearch() {
        commands.sendAndWait(new SuspendCertificate(CertificateNumber.of(RICE_COOKER), "监督抽查不合格", LocalDate.of(2026, 1, 5)));

        await().atMost(WAIT).untilAsserted(() -> assertThat(numbers("电饭锅", CertificateStatus.SUSPENDED)).contains(RICE_COOKER));
        assertThat(numbers("电饭锅", CertificateStatus.VALID)).doesNotContain(RICE_COOKER);
        assertThat(numbers("水壶", CertificateStatus.VALID)).contains(KETTLE).doesNotContain(OLD_KETTLE);
        assertThat(numbers("水壶", CertificateStatus.EXPIRED)).contains(OLD_KETTLE).doesNotContain(KETTLE);
        assertThat(view("水壶", OLD_KETTLE).status()).as("past validUntil, no event needed").isEqualTo(CertificateStatus.EXPIRED);
        assertThat(view("电饭锅", RICE_COOKER).statusReason()).isEqualTo("监督抽查不合格");
    }

    @Test
    @Order(3)
    void rebuildsFromTheEventStoreWhileTheApplicationServes() throws Exception {
        await().atMost(WAIT).until(() -> numbers("电饭锅", CertificateStatus.SUSPENDED).contains(RICE_COOKER));
        Map<String, Set<CertificateView>> before = answers();
        long documents = Api.asPerson(port, "admin").get(ADMIN_PATH).json().get("documents").asLong();
        assertThat(Api.asPerson(port, "regulator-national").post(ADMIN_PATH + "/rebuild", "").status()).isEqualTo(403);
        search.delete(d -> d.index(CertificateSearchIndex.NAME).id(KETTLE).refresh(Refresh.True)); // lost by hand
        assertThat(numbers(MODEL, null)).isEmpty();

        var rebuild = Api.asPerson(port, "admin").post(ADMIN_PATH + "/rebuild", "");

        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
        assertThat(rebuild.json().get("processor").asString()).isEqualTo(CertificateSearchProjection.GROUP);
        assertThat(rebuild.json().get("status").asString()).isEqualTo("REBUILDING");
        assertThat(search("水壶", null, null)).as("search keeps answering during the replay").isNotNull();
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(answers()).isEqualTo(before);
            var state = Api.asPerson(port, "admin").get(ADMIN_PATH).json();
            assertThat(state.get("processor").asString()).isEqualTo(CertificateSearchProjection.GROUP);
            assertThat(state.get("documents").asLong()).isEqualTo(documents);
            assertThat(state.get("replaying").isBoolean()).isTrue();
        });
    }

    @Test
    @Order(4)
    void rebuildsByItselfAnIndexBuiltWithAnOlderMapping() throws Exception {
        await().atMost(WAIT).until(() -> numbers("电饭锅", CertificateStatus.SUSPENDED).contains(RICE_COOKER));
        Map<String, Set<CertificateView>> before = answers();
        search.indices().delete(d -> d.index(CertificateSearchIndex.NAME)); // as an earlier version left it: no version
        search.indices().create(c -> c.index(CertificateSearchIndex.NAME)
                .mappings(m -> m.properties("number", p -> p.keyword(k -> k))));

        rebuild.rebuildIfOutdated(); // what the application does once it is ready

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(search.indices().getMapping(m -> m.index(CertificateSearchIndex.NAME)).get(CertificateSearchIndex.NAME)
                    .mappings().meta()).containsKey("mapping");
            assertThat(answers()).isEqualTo(before);
        });
        long documents = search.count(c -> c.index(CertificateSearchIndex.NAME)).count();
        rebuild.rebuildIfOutdated(); // a rebuild would have emptied the index before returning
        assertThat(search.count(c -> c.index(CertificateSearchIndex.NAME)).count()).as("a current index is left as it is")
                .isEqualTo(documents);
    }

    @Test
    @Order(5)
    void losesNoUpdateWhileElasticsearchIsDown() throws Exception {
        String number = Certificates.newNumber("0717");
        String model = "OUT-" + number.substring(10);
        node.close();
        commands.sendAndWait(certificate(number, "浙江苏泊尔家电制造有限公司", "电热水壶", List.of(model),
                LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31)));
        commands.sendAndWait(new SuspendCertificate(CertificateNumber.of(number), "停电期间暂停", LocalDate.of(2026, 1, 5)));
        await("the processor failed on the new events and let go of their segment").atMost(WAIT)
                .until(() -> jdbc.sql("select count(*) from token_entry where processor_name = ? and owner is null")
                        .param(CertificateSearchProjection.GROUP).query(Long.class).single() > 0);

        // same port and data, so the application's client finds it again; it stops with this JVM
        EmbeddedSearchNode.start(nodeHome, node.logFile().getParent(), node.httpPort());

        await().atMost(WAIT).untilAsserted(() -> assertThat(numbers(model, CertificateStatus.SUSPENDED)).containsExactly(number));
    }

    private Map<String, Set<CertificateView>> answers() {
        var answers = new HashMap<String, Set<CertificateView>>();
        for (String text : List.of("水壶", MODEL, "电饭锅")) {
            for (CertificateStatus status : new CertificateStatus[] {null, CertificateStatus.VALID, CertificateStatus.EXPIRED}) {
                answers.put(text + "/" + status, all(text, status));
            }
        }
        return answers;
    }

    private CertificateView view(String text, String number) {
        return all(text, null).stream().filter(v -> v.number().value().equals(number)).findFirst().orElseThrow();
    }

    private Set<String> numbers(String text, CertificateStatus status) {
        return all(text, status).stream().map(v -> v.number().value()).collect(Collectors.toSet());
    }

    /** Every match, page by page: other tests' kettles share the index. */
    private Set<CertificateView> all(String text, CertificateStatus status) {
        var found = new HashSet<CertificateView>();
        for (int page = 0; ; page++) {
            CertificatePage answer = queries.query(new SearchCertificates(text, status, null, page, 100), CertificatePage.class).join();
            found.addAll(answer.items());
            if (answer.items().size() < 100) {
                assertThat(found).hasSize((int) answer.total());
                return found;
            }
        }
    }

    private CertificatePage search(String text, CertificateStatus status, String catalogueCode) {
        return queries.query(new SearchCertificates(text, status, catalogueCode == null ? null : CatalogueCode.of(catalogueCode),
                0, 20), CertificatePage.class).join();
    }

    private static IssueCertificate certificate(String number, String holder, String product, List<String> models,
                                                LocalDate issuedOn, LocalDate validUntil) {
        var party = new Party(holder, CreditCode.of(Certificates.HOLDER));
        return new IssueCertificate(CertificateNumber.of(number), party, party, new Factory(holder + "一厂", "浙江省杭州市"),
                product, CatalogueCode.of(number.substring(6, 10)), models, List.of("GB 4706.1-2005"), issuedOn,
                validUntil, "01");
    }
}
