package io.tianping.spotcheck.projection;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.tianping.spotcheck.projection.ResultSearch.Criteria;
import java.util.ArrayList;
import java.util.List;

/** Turns {@link Criteria} into an Elasticsearch search of the {@code spotcheck-results} index. */
final class ResultSearchRequest {

    // Every term must appear, but may do so in any of these fields (cross_fields): 杭州 洗衣机 finds washing machines
    // sold by Hangzhou shops. Fields are grouped by analyzer, so the bigram group finds 洗衣机 in 波轮洗衣机 and 防护 in
    // 对触及带电部件的防护 while smartcn ranks whole words; the keyword group matches a whole credit code, model or standard.
    static final List<String> TEXT_FIELDS = List.of("productName^2", "productName.cjk", "model", "model.keyword^3",
            "sellerName", "sellerName.cjk", "producerName", "producerName.cjk", "failedItems.item",
            "failedItems.item.cjk", "failedItems.standard^2", "sellerCreditCode^5", "producerCreditCode^5",
            "listingId^3", "sampleId^5");

    private ResultSearchRequest() {
    }

    static SearchRequest of(Criteria criteria) {
        List<Query> filters = new ArrayList<>();
        if (criteria.conforming() != null) {
            filters.add(term("conforming", FieldValue.of(criteria.conforming())));
        }
        if (criteria.platform() != null) {
            filters.add(term("platform", FieldValue.of(criteria.platform().value())));
        }
        if (criteria.planId() != null) {
            filters.add(term("planId", FieldValue.of(criteria.planId().value())));
        }
        Query match = criteria.text() != null
                ? Query.of(q -> q.multiMatch(m -> m.query(criteria.text()).fields(TEXT_FIELDS)
                        .type(TextQueryType.CrossFields).operator(Operator.And)))
                : Query.of(q -> q.matchAll(all -> all));
        return SearchRequest.of(s -> {
            s.index(ResultSearchIndex.NAME)
                    .query(q -> q.bool(b -> b.must(match).filter(filters)))
                    .from(criteria.page() * criteria.size()).size(criteria.size())
                    .trackTotalHits(t -> t.enabled(true));
            if (criteria.text() != null) {
                s.sort(sort -> sort.score(score -> score.order(SortOrder.Desc)));
            }
            return s.sort(sort -> sort.field(f -> f.field("finalAt").order(SortOrder.Desc)))
                    .sort(sort -> sort.field(f -> f.field("sampleId").order(SortOrder.Asc)));
        });
    }

    private static Query term(String field, FieldValue value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
