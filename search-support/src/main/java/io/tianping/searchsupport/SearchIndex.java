package io.tianping.searchsupport;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Elasticsearch index of a module's read model: its life cycle and the calls a projection and its search make.
 * Every failure to reach Elasticsearch is thrown, so the event processor retries the batch instead of losing it; a
 * document's external version is the aggregate sequence number of the last event applied to it.
 *
 * @param <D> the document type, as stored in the index
 */
public class SearchIndex<D> {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final ElasticsearchClient client;
    private final String name;
    private final String mapping;
    private final Class<D> type;
    private final Function<D, String> id;
    private volatile boolean known; // set once the index is known to exist with our mapping

    /**
     * @param mapping the settings and mappings, as the body of a create-index request
     * @param id      a document's id in the index
     */
    protected SearchIndex(ElasticsearchClient client, String name, String mapping, Class<D> type, Function<D, String> id) {
        this.client = client;
        this.name = name;
        this.mapping = mapping;
        this.type = type;
        this.id = id;
    }

    /** The hits of a search and how many documents matched in all. */
    public record Hits<D>(List<D> documents, long total) { }

    /** Creates the index at start when missing; the application still starts when the cluster does not answer. */
    protected void createAtStartup() {
        try {
            createIfMissing();
        } catch (RuntimeException e) { // the first event handled creates it once the cluster answers
            log.warn("Could not create index {} at startup: {}", name, e.toString());
        }
    }

    /** Stores {@code document} unless the index already holds this or a later version of it; true if stored. */
    public boolean put(D document, long version) {
        createIfMissing();
        try {
            client.index(i -> i.index(name).id(id.apply(document)).document(document)
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

    /** The hits and total of {@code request}; none while the index does not exist (e.g. during a rebuild). */
    public Hits<D> search(SearchRequest request) {
        try {
            var response = client.search(request, type);
            var documents = response.hits().hits().stream().map(Hit::source).toList();
            return new Hits<>(documents, response.hits().total() == null ? documents.size() : response.hits().total().value());
        } catch (ElasticsearchException e) {
            if (missing(e)) {
                return new Hits<>(List.of(), 0);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many documents the index holds; 0 while it does not exist. */
    public long count() {
        try {
            return client.count(c -> c.index(name)).count();
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
    public void recreate() {
        try {
            known = false;
            client.indices().delete(d -> d.index(name).ignoreUnavailable(true));
            createIfMissing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void createIfMissing() {
        if (known) {
            return;
        }
        try {
            if (!client.indices().exists(e -> e.index(name)).value()) {
                client.indices().create(c -> c.withJson(new StringReader(mapping)).index(name));
                log.info("Created index {}", name);
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

    /** The client, for calls particular to one index. */
    protected ElasticsearchClient client() {
        return client;
    }

    protected static boolean missing(ElasticsearchException e) {
        return "index_not_found_exception".equals(e.error().type());
    }
}
