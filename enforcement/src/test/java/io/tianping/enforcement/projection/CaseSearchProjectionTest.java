package io.tianping.enforcement.projection;

import static io.tianping.enforcement.EnforcementFixtures.CASE;
import static io.tianping.enforcement.EnforcementFixtures.PARTY;
import static io.tianping.enforcement.EnforcementFixtures.assistanceRequested;
import static io.tianping.enforcement.EnforcementFixtures.caseFiled;
import static io.tianping.enforcement.EnforcementFixtures.clueRaised;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.tianping.enforcement.api.CaseEvent;
import java.net.ConnectException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/** Events in, documents out, against an in-memory index that keeps versions the way Elasticsearch does. */
class CaseSearchProjectionTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final InMemoryIndex index = new InMemoryIndex();
    private final CaseSearchProjection projection = new CaseSearchProjection(index, new CaseHistory(store));

    @Test
    void writesTheCaseAsItStandsOnceForEachEventHoweverOftenItIsDelivered() {
        stored(clueRaised(), caseFiled());

        projection.on(clueRaised(), 0);
        projection.on(caseFiled(), 1);
        projection.on(clueRaised(), 0);
        projection.on(caseFiled(), 1);

        assertThat(index.writes).isEqualTo(2);
        assertThat(index.versions.get(CASE.value())).isEqualTo(1);
        var row = index.documents.get(CASE.value()).row();
        assertThat(row.stage()).isEqualTo("FILED");
        assertThat(row.partyName()).isEqualTo(PARTY.name());
        assertThat(row.partyCreditCode()).isEqualTo(PARTY.creditCode().value());
        assertThat(row.product()).isEqualTo("电热水壶");
        assertThat(row.competentRegion()).isEqualTo("330100");
        assertThat(row.nextDueOn()).isEqualTo(caseFiled().decisionDueOn());
    }

    @Test
    void aRegionAskedForAssistanceGainsAccess() {
        stored(clueRaised(), caseFiled());
        projection.on(caseFiled(), 1);
        assertThat(index.documents.get(CASE.value()).accessRegions()).containsExactly("330100");

        stored(assistanceRequested());
        projection.on(assistanceRequested(), 2);

        assertThat(index.documents.get(CASE.value()).accessRegions()).containsExactly("320100", "330100");
    }

    @Test
    void failsTheEventWhenElasticsearchIsUnreachableSoTheProcessorRetriesIt() throws Exception {
        stored(clueRaised());
        try (var unreachable = ElasticsearchClient.of(config -> config.hosts(List.of(URI.create("http://127.0.0.1:1"))))) {
            var offline = new CaseSearchProjection(new CaseSearchIndex(unreachable), new CaseHistory(store));

            assertThatThrownBy(() -> offline.on(clueRaised(), 0)).hasRootCauseInstanceOf(ConnectException.class);
        }
    }

    private void stored(CaseEvent... events) {
        for (CaseEvent event : events) {
            long next = store.lastSequenceNumberFor(CASE.value()).map(last -> last + 1).orElse(0L);
            store.publish(new GenericDomainEventMessage<>("Case", CASE.value(), next, event));
        }
    }

    /** Refuses a write at or below the stored version, like {@code version_type=external}. */
    private static final class InMemoryIndex extends CaseSearchIndex {
        private final Map<String, CaseSearchDocument> documents = new HashMap<>();
        private final Map<String, Long> versions = new HashMap<>();
        private int writes;

        InMemoryIndex() {
            super(null);
        }

        @Override
        public boolean put(CaseSearchDocument document, long version) {
            if (versions.getOrDefault(document.caseId(), -1L) >= version) {
                return false;
            }
            documents.put(document.caseId(), document);
            versions.put(document.caseId(), version);
            writes++;
            return true;
        }
    }
}
