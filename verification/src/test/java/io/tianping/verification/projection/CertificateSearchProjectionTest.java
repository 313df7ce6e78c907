package io.tianping.verification.projection;

import static io.tianping.verification.VerificationFixtures.KETTLE;
import static io.tianping.verification.VerificationFixtures.VALID_UNTIL;
import static io.tianping.verification.VerificationFixtures.kettleIssued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.tianping.verification.api.CertificateEvent.CertificateReinstated;
import io.tianping.verification.api.CertificateEvent.CertificateSuspended;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateQuery.SearchCertificates;
import io.tianping.verification.api.CertificateStatus;
import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Events in, documents out, against an in-memory index that keeps versions the way Elasticsearch does. */
class CertificateSearchProjectionTest {

    private static final Instant AT = Instant.parse("2025-06-18T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

    private final InMemoryIndex index = new InMemoryIndex();
    private final CertificateSearchProjection projection = new CertificateSearchProjection(index, CLOCK);

    @Test
    void appliesEachEventOnceHoweverOftenItIsDelivered() {
        projection.on(kettleIssued(), 0, AT);
        projection.on(kettleIssued(), 0, AT.plusSeconds(60));
        projection.on(new CertificateSuspended(KETTLE, "抽检不合格", VALID_UNTIL.minusYears(3)), 1, AT.plusSeconds(120));
        projection.on(new CertificateSuspended(KETTLE, "redelivered", VALID_UNTIL.minusYears(3)), 1, AT.plusSeconds(180));

        var stored = index.find(KETTLE).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.document().status()).isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(stored.document().statusReason()).isEqualTo("抽检不合格");
        assertThat(stored.document().statusChangedAt()).isEqualTo(AT.plusSeconds(120));
        assertThat(index.writes).isEqualTo(2);
    }

    @Test
    void keepsEverythingIssuedWhenTheStatusChanges() {
        projection.on(kettleIssued(), 0, AT);
        projection.on(new CertificateSuspended(KETTLE, "抽检不合格", VALID_UNTIL.minusYears(3)), 1, AT);
        projection.on(new CertificateReinstated(KETTLE, "整改完成", VALID_UNTIL.minusYears(3)), 2, AT.plusSeconds(60));

        var view = index.find(KETTLE).orElseThrow().document().view(VALID_UNTIL);
        var issued = kettleIssued();
        assertThat(view.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(view.holder()).isEqualTo(issued.holder());
        assertThat(view.factory()).isEqualTo(issued.factory());
        assertThat(view.models()).isEqualTo(issued.models());
        assertThat(view.statusReason()).isEqualTo("整改完成");
    }

    @Test
    void aCertificateValidUntilYesterdayInChinaIsFoundExpiredJustAfterMidnightThere() {
        projection.on(kettleIssued(), 0, AT);
        // 16:30 UTC on its last day is 00:30 the next day in Beijing
        var afterMidnight = new CertificateSearchProjection(index, Clock.fixed(
                VALID_UNTIL.atTime(16, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

        var page = afterMidnight.handle(new SearchCertificates(null, CertificateStatus.EXPIRED, null, 0, 20));

        assertThat(index.lastSearch.toString()).contains("\"lt\":\"" + VALID_UNTIL.plusDays(1) + "\"");
        assertThat(page.items()).singleElement().satisfies(view -> assertThat(view.status()).isEqualTo(CertificateStatus.EXPIRED));
    }

    @Test
    void failsTheEventWhenElasticsearchIsUnreachableSoTheProcessorRetriesIt() throws Exception {
        try (var unreachable = ElasticsearchClient.of(config -> config.hosts(List.of(URI.create("http://127.0.0.1:1"))))) {
            var offline = new CertificateSearchProjection(new CertificateSearchIndex(unreachable), CLOCK);

            assertThatThrownBy(() -> offline.on(kettleIssued(), 0, AT)).hasRootCauseInstanceOf(ConnectException.class);
            assertThatThrownBy(() -> offline.on(new CertificateSuspended(KETTLE, "抽检不合格", VALID_UNTIL), 1, AT))
                    .hasRootCauseInstanceOf(ConnectException.class);
        }
    }

    /** Refuses a write at or below the stored version, like {@code version_type=external}. */
    private static final class InMemoryIndex extends CertificateSearchIndex {
        private final Map<String, Stored> documents = new HashMap<>();
        private int writes;
        private SearchRequest lastSearch;

        InMemoryIndex() {
            super(null);
        }

        @Override
        public boolean put(CertificateSearchDocument document, long version) {
            Stored known = documents.get(document.number());
            if (known != null && known.version() >= version) {
                return false;
            }
            documents.put(document.number(), new Stored(document, version));
            writes++;
            return true;
        }

        @Override
        Optional<Stored> find(CertificateNumber number) {
            return Optional.ofNullable(documents.get(number.value()));
        }

        @Override
        public Hits<CertificateSearchDocument> search(SearchRequest request) {
            lastSearch = request;
            var all = documents.values().stream().map(Stored::document).toList();
            return new Hits<>(all, all.size());
        }
    }
}
