package io.tianping.spotcheck.projection;

import static io.tianping.spotcheck.SpotcheckFixtures.FAILED;
import static io.tianping.spotcheck.SpotcheckFixtures.JD;
import static io.tianping.spotcheck.SpotcheckFixtures.KETTLES;
import static io.tianping.spotcheck.SpotcheckFixtures.LISTING;
import static io.tianping.spotcheck.SpotcheckFixtures.PLAN;
import static io.tianping.spotcheck.SpotcheckFixtures.PRODUCER;
import static io.tianping.spotcheck.SpotcheckFixtures.SAMPLE;
import static io.tianping.spotcheck.SpotcheckFixtures.SELLER;
import static io.tianping.spotcheck.SpotcheckFixtures.at;
import static io.tianping.spotcheck.SpotcheckFixtures.delivered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.tianping.spotcheck.api.SampleEvent.ResultFinal;
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
class ResultSearchProjectionTest {

    private static final ResultFinal FINAL = new ResultFinal(SAMPLE, PLAN, LISTING, JD, KETTLES, false, FAILED, false,
            at("2025-10-26"));

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final InMemoryIndex index = new InMemoryIndex();
    private final ResultSearchProjection projection = new ResultSearchProjection(index, new Histories(store));

    @Test
    void publishesTheFinalResultWithWhatWasBoughtOnceHoweverOftenItIsDelivered() {
        long sequence = stored(delivered(false), FINAL);

        projection.on(FINAL, sequence);
        projection.on(FINAL, sequence);

        assertThat(index.writes).isEqualTo(1);
        var result = index.documents.get(SAMPLE.value()).result();
        assertThat(result.sampleId()).isEqualTo(SAMPLE.value());
        assertThat(result.planId()).isEqualTo(PLAN.value());
        assertThat(result.platform()).isEqualTo("jd");
        assertThat(result.listingId()).isEqualTo(LISTING.listingId());
        assertThat(result.productName()).isEqualTo("电热水壶");
        assertThat(result.model()).isEqualTo("TP-1712");
        assertThat(result.sellerName()).isEqualTo(SELLER.name());
        assertThat(result.producerCreditCode()).isEqualTo(PRODUCER.creditCode().value());
        assertThat(result.conforming()).isFalse();
        assertThat(result.failedItems()).isEqualTo(FAILED);
        assertThat(result.finalAt()).isEqualTo(FINAL.at());
    }

    @Test
    void failsTheEventWhenElasticsearchIsUnreachableSoTheProcessorRetriesIt() throws Exception {
        long sequence = stored(delivered(false), FINAL);
        try (var unreachable = ElasticsearchClient.of(config -> config.hosts(List.of(URI.create("http://127.0.0.1:1"))))) {
            var offline = new ResultSearchProjection(new ResultSearchIndex(unreachable), new Histories(store));

            assertThatThrownBy(() -> offline.on(FINAL, sequence)).hasRootCauseInstanceOf(ConnectException.class);
        }
    }

    /** Stores the sample's history then {@code last}; returns the sequence number of {@code last}. */
    private long stored(List<Object> history, Object last) {
        long sequence = 0;
        for (Object event : history) {
            store.publish(new GenericDomainEventMessage<>("Sample", SAMPLE.value(), sequence++, event));
        }
        store.publish(new GenericDomainEventMessage<>("Sample", SAMPLE.value(), sequence, last));
        return sequence;
    }

    /** Refuses a write at or below the stored version, like {@code version_type=external}. */
    private static final class InMemoryIndex extends ResultSearchIndex {
        private final Map<String, ResultSearchDocument> documents = new HashMap<>();
        private final Map<String, Long> versions = new HashMap<>();
        private int writes;

        InMemoryIndex() {
            super(null);
        }

        @Override
        public boolean put(ResultSearchDocument document, long version) {
            if (versions.getOrDefault(document.sampleId(), -1L) >= version) {
                return false;
            }
            documents.put(document.sampleId(), document);
            versions.put(document.sampleId(), version);
            writes++;
            return true;
        }
    }
}
