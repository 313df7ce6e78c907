package io.tianping.verification.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.tianping.verification.api.CertificateNumber;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Elasticsearch index {@code certificates}: its mapping, its life cycle and the few calls the search projection makes.
 * Every failure to reach Elasticsearch is thrown, so the event processor retries the batch instead of losing it.
 */
@Component
public class CertificateSearchIndex implements SmartInitializingSingleton {

    public static final String NAME = "certificates";

    private static final Logger log = LoggerFactory.getLogger(CertificateSearchIndex.class);

    private final ElasticsearchClient client;
    private volatile boolean known; // set once the index is known to exist with our mapping

    CertificateSearchIndex(ElasticsearchClient client) {
        this.client = client;
    }

    /** A document as stored, with the aggregate sequence number of the last event applied to it. */
    record Stored(CertificateSearchDocument document, long version) { }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            createIfMissing();
        } catch (RuntimeException e) { // the app still starts; the first event handled creates it once the cluster answers
            log.warn("Could not create index {} at startup: {}", NAME, e.toString());
        }
    }

    /** Stores {@code document} unless the index already holds this or a later version of it; true if stored. */
    boolean put(CertificateSearchDocument document, long version) {
        createIfMissing();
        try {
            client.index(i -> i.index(NAME).id(document.number()).document(document)
                    .versionType(VersionType.External).version(version));
            return true;
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return false; // already applied: a redelivery or a replay over a live index
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores every document, in bulk requests ({@link CertificateSearchBulk}), each unless the index already holds its
     * version or a later one. Throws when any other write fails, so the processor retries the batch.
     */
    void putAll(Collection<Stored> documents) {
        createIfMissing();
        CertificateSearchBulk.write(client, documents);
    }

    Optional<Stored> find(CertificateNumber number) {
        createIfMissing();
        try {
            var found = client.get(g -> g.index(NAME).id(number.value()), CertificateSearchDocument.class);
            return found.found() ? Optional.of(new Stored(found.source(), found.version())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hits and total of {@code request}; none while the index does not exist (e.g. during a rebuild). */
    Hits search(SearchRequest request) {
        try {
            var response = client.search(request, CertificateSearchDocument.class);
            var documents = response.hits().hits().stream().map(Hit::source).toList();
            return new Hits(documents, response.hits().total() == null ? documents.size() : response.hits().total().value());
        } catch (ElasticsearchException e) {
            if (missing(e)) {
                return new Hits(List.of(), 0);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Hits(List<CertificateSearchDocument> documents, long total) { }

    /** How many certificates the index holds; 0 while it does not exist. */
    public long count() {
        try {
            return client.count(c -> c.index(NAME)).count();
        } catch (ElasticsearchException e) {
            if (missing(e)) {
                return 0;
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the index and creates it empty with the current mapping. */
    void recreate() {
        try {
            known = false;
            client.indices().delete(d -> d.index(NAME).ignoreUnavailable(true));
            createIfMissing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void createIfMissing() {
        if (known) {
            return;
        }
        try {
            if (!client.indices().exists(e -> e.index(NAME)).value()) {
                client.indices().create(c -> c.withJson(new StringReader(CertificateSearchMapping.JSON)).index(NAME));
                log.info("Created index {}", NAME);
            }
            known = true;
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            known = true; // another processor thread or node created it first
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mapping version the index was built with (1 before versions were written); empty while it does not exist. */
    Optional<Integer> mappingVersion() {
        try {
            if (!client.indices().exists(e -> e.index(NAME)).value()) {
                return Optional.empty();
            }
            var meta = client.indices().getMapping(m -> m.index(NAME)).get(NAME).mappings().meta();
            var version = meta == null ? null : meta.get("mapping");
            return Optional.of(version == null ? 1 : version.to(Integer.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean missing(ElasticsearchException e) {
        return "index_not_found_exception".equals(e.error().type());
    }
}
