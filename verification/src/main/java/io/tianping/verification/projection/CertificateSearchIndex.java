package io.tianping.verification.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.tianping.searchsupport.SearchIndex;
import io.tianping.verification.api.CertificateNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Optional;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Elasticsearch index {@code certificates}: one document a certificate ({@link CertificateSearchMapping}). Beyond what
 * every index does, the search projection writes a batch's documents in bulk and reads one back to change its status.
 */
@Component
public class CertificateSearchIndex extends SearchIndex<CertificateSearchDocument> implements SmartInitializingSingleton {

    public static final String NAME = "certificates";

    CertificateSearchIndex(ElasticsearchClient client) {
        super(client, NAME, CertificateSearchMapping.JSON, CertificateSearchDocument.class, CertificateSearchDocument::number);
    }

    /** A document as stored, with the aggregate sequence number of the last event applied to it. */
    record Stored(CertificateSearchDocument document, long version) { }

    @Override
    public void afterSingletonsInstantiated() {
        createAtStartup();
    }

    /**
     * Stores every document, in bulk requests ({@link CertificateSearchBulk}), each unless the index already holds its
     * version or a later one. Throws when any other write fails, so the processor retries the batch.
     */
    void putAll(Collection<Stored> documents) {
        createIfMissing();
        CertificateSearchBulk.write(client(), documents);
    }

    Optional<Stored> find(CertificateNumber number) {
        createIfMissing();
        try {
            var found = client().get(g -> g.index(NAME).id(number.value()), CertificateSearchDocument.class);
            return found.found() ? Optional.of(new Stored(found.source(), found.version())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mapping version the index was built with (1 before versions were written); empty while it does not exist. */
    Optional<Integer> mappingVersion() {
        try {
            if (!client().indices().exists(e -> e.index(NAME)).value()) {
                return Optional.empty();
            }
            var meta = client().indices().getMapping(m -> m.index(NAME)).get(NAME).mappings().meta();
            var version = meta == null ? null : meta.get("mapping");
            return Optional.of(version == null ? 1 : version.to(Integer.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
