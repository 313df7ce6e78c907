package io.tianping.enforcement.projection;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.tianping.enforcement.projection.CaseSearch.Criteria;
import io.tianping.sharedkernel.RegionCode;
import java.util.ArrayList;
import java.util.List;

/** Turns {@link Criteria} into an Elasticsearch search of the {@code cases} index. */
final class CaseSearchRequest {

    // Every term must appear, but may do so in any of these fields (cross_fields): 杭州 水壶 finds Hangzhou's kettle
    // cases. Fields are grouped by analyzer, so the bigram group finds 水壶 in 电热水壶 while smartcn ranks whole words;
    // the keyword group matches a whole credit code or case id.
    static final List<String> TEXT_FIELDS = List.of("party.name^2", "party.name.cjk", "product^2", "product.cjk",
            "party.creditCode^5", "caseId^5");

    private CaseSearchRequest() {
    }

    static SearchRequest of(Criteria criteria) {
        List<Query> filters = new ArrayList<>();
        if (criteria.stage() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("stage").value(criteria.stage().name()))));
        }
        if (!RegionCode.COUNTRY.equals(criteria.scope())) {
            filters.add(visibleTo(List.of(criteria.scope())));
        }
        Query match = criteria.text() != null
                ? Query.of(q -> q.multiMatch(m -> m.query(criteria.text()).fields(TEXT_FIELDS)
                        .type(TextQueryType.CrossFields).operator(Operator.And)))
                : Query.of(q -> q.matchAll(all -> all));
        return SearchRequest.of(s -> {
            s.index(CaseSearchIndex.NAME)
                    .query(q -> q.bool(b -> b.must(match).filter(filters)))
                    .from(criteria.page() * criteria.size()).size(criteria.size())
                    .trackTotalHits(t -> t.enabled(true));
            if (criteria.text() != null) {
                s.sort(sort -> sort.score(score -> score.order(SortOrder.Desc)));
            }
            return s.sort(sort -> sort.field(f -> f.field("lastChangedAt").order(SortOrder.Desc)))
                    .sort(sort -> sort.field(f -> f.field("caseId").order(SortOrder.Asc)));
        });
    }

    /** Cases one of whose access regions lies within one of {@code regions} ({@link RegionCode#isWithin}). */
    static Query visibleTo(List<RegionCode> regions) {
        return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1").should(regions.stream().map(CaseSearchRequest::within).toList())));
    }

    /** Every region code within {@code region}: GB/T 2260 codes share their prefixes (see {@link CaseList#within}). */
    static Query within(RegionCode region) {
        return switch (region.level()) {
            case COUNTRY -> Query.of(q -> q.matchAll(all -> all));
            case PROVINCE -> prefix(region.value().substring(0, 2));
            case PREFECTURE -> prefix(region.value().substring(0, 4));
            case COUNTY -> Query.of(q -> q.term(t -> t.field("accessRegions").value(region.value())));
        };
    }

    private static Query prefix(String prefix) {
        return Query.of(q -> q.prefix(p -> p.field("accessRegions").value(prefix)));
    }
}
