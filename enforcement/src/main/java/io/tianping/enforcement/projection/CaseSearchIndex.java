package io.tianping.enforcement.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.tianping.searchsupport.SearchIndex;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Elasticsearch index {@code cases}: one document a case ({@link CaseSearchMapping}), for the case search. */
@Component
public class CaseSearchIndex extends SearchIndex<CaseSearchDocument> implements SmartInitializingSingleton {

    public static final String NAME = "cases";

    CaseSearchIndex(ElasticsearchClient client) {
        super(client, NAME, CaseSearchMapping.JSON, CaseSearchDocument.class, CaseSearchDocument::caseId);
    }

    @Override
    public void afterSingletonsInstantiated() {
        createAtStartup();
    }
}
