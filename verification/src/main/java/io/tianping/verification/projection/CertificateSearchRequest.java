package io.tianping.verification.projection;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.tianping.searchsupport.SearchPages;
import io.tianping.verification.api.CertificateQuery.SearchCertificates;
import io.tianping.verification.api.CertificateStatus;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;

/** Turns a {@link SearchCertificates} into an Elasticsearch search of the {@code certificates} index. */
final class CertificateSearchRequest {

    // Every term must appear, but may do so in any of these fields (cross_fields): 美的 水壶 finds 美的's kettles.
    // Fields are grouped by analyzer, so the bigram group finds 水壶 in 电热水壶 while smartcn ranks whole product words.
    static final List<String> TEXT_FIELDS = List.of("holder.name^2", "manufacturer.name", "productName^2",
            "productName.cjk", "models", "models.keyword^3", "number^5",
            "holder.creditCode^5", "manufacturer.creditCode^5");

    private CertificateSearchRequest() {
    }

    static SearchRequest of(SearchCertificates query, LocalDate today) {
        SearchPages.requireWithinWindow(query.page(), query.size());
        int from = query.page() * query.size();
        boolean text = query.text() != null && !query.text().isBlank();
        List<Query> filters = new ArrayList<>();
        if (query.catalogueCode() != null) {
            filters.add(term("catalogueCode", query.catalogueCode().value()));
        }
        if (query.status() != null) {
            filters.add(status(query.status(), today));
        }
        Query match = text
                ? Query.of(q -> q.multiMatch(m -> m.query(query.text().strip()).fields(TEXT_FIELDS)
                        .type(TextQueryType.CrossFields).operator(Operator.And)))
                : Query.of(q -> q.matchAll(all -> all));
        return SearchRequest.of(s -> {
            s.index(CertificateSearchIndex.NAME)
                    .query(q -> q.bool(b -> b.must(match).filter(filters)))
                    .from(from).size(query.size())
                    .trackTotalHits(t -> t.enabled(true));
            if (text) {
                s.sort(sort -> sort.score(score -> score.order(SortOrder.Desc)));
            }
            return s.sort(sort -> sort.field(f -> f.field("number").order(SortOrder.Asc)));
        });
    }

    /** The status a reader sees on {@code today}: a VALID certificate past its validUntil is EXPIRED. */
    static Query status(CertificateStatus status, LocalDate today) {
        return switch (status) {
            case VALID -> Query.of(q -> q.bool(b -> b.filter(term("status", "VALID"), validUntil(true, today))));
            case EXPIRED -> Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                    .should(term("status", "EXPIRED"))
                    .should(s -> s.bool(valid -> valid.filter(term("status", "VALID"), validUntil(false, today))))));
            default -> term("status", status.name());
        };
    }

    private static Query validUntil(boolean stillValid, LocalDate today) {
        return Query.of(q -> q.range(r -> r.date(d -> stillValid
                ? d.field("validUntil").gte(today.toString())
                : d.field("validUntil").lt(today.toString()))));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
