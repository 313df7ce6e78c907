package io.tianping.spotcheck.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.tianping.searchsupport.SearchIndex;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Elasticsearch index {@code spotcheck-results}: one document a sample ({@link ResultSearchMapping}), for the search
 * of published results.
 */
@Component
public class ResultSearchIndex extends SearchIndex<ResultSearchDocument> implements SmartInitializingSingleton {

    public static final String NAME = "spotcheck-results";

    ResultSearchIndex(ElasticsearchClient client) {
        super(client, NAME, ResultSearchMapping.JSON, ResultSearchDocument.class, ResultSearchDocument::sampleId);
    }

    @Override
    public void afterSingletonsInstantiated() {
        createAtStartup();
    }
}
