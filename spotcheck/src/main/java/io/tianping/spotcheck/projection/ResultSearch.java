package io.tianping.spotcheck.projection;

import io.tianping.searchsupport.SearchPages;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.spotcheck.api.PlanId;
import io.tianping.spotcheck.projection.ResultsProjection.PublishedResult;
import java.util.List;
import org.springframework.stereotype.Component;

/** Full-text search over published spot-check results in the {@code spotcheck-results} index. */
@Component
public class ResultSearch {

    public static final int MAX_SIZE = 100;

    /**
     * What to look for.
     *
     * @param text       words of the product, model, seller, producer or a failed item, or a credit code; blank: all
     * @param conforming only conforming (true) or nonconforming (false) results; null: both
     * @param platform   only results of samples bought on this platform; null: any
     * @param planId     only results of this plan; null: any
     */
    public record Criteria(String text, Boolean conforming, PlatformId platform, PlanId planId, int page, int size) {

        public Criteria {
            SearchPages.require(page, size, MAX_SIZE);
            text = SearchPages.text(text);
        }
    }

    /** One page of matching results, and how many matched in all. */
    public record ResultPage(List<PublishedResult> items, long total) { }

    private final ResultSearchIndex index;

    ResultSearch(ResultSearchIndex index) {
        this.index = index;
    }

    public ResultPage search(Criteria criteria) {
        var hits = index.search(ResultSearchRequest.of(criteria));
        return new ResultPage(hits.documents().stream().map(ResultSearchDocument::result).toList(), hits.total());
    }
}
