package io.tianping.enforcement.projection;

import io.tianping.enforcement.api.CaseStage;
import io.tianping.enforcement.projection.CaseList.CaseRow;
import io.tianping.searchsupport.SearchPages;
import io.tianping.sharedkernel.RegionCode;
import java.util.List;
import org.springframework.stereotype.Component;

/** Full-text search over cases in the {@code cases} index, limited to what a region may see. */
@Component
public class CaseSearch {

    public static final int MAX_SIZE = 100;

    /**
     * What to look for.
     *
     * @param text  words of the party's name or the product, or a credit code or case id; blank: every case
     * @param stage only cases at this stage; null: any
     * @param scope the region whose cases may be found ({@link RegionCode#COUNTRY}: all, for auditors)
     */
    public record Criteria(String text, CaseStage stage, RegionCode scope, int page, int size) {

        public Criteria {
            if (scope == null) {
                throw new IllegalArgumentException("scope: must not be null");
            }
            SearchPages.require(page, size, MAX_SIZE);
            text = SearchPages.text(text);
        }
    }

    /** One page of matching cases, and how many matched in all. */
    public record CasePage(List<CaseRow> items, long total) { }

    private final CaseSearchIndex index;

    CaseSearch(CaseSearchIndex index) {
        this.index = index;
    }

    public CasePage search(Criteria criteria) {
        var hits = index.search(CaseSearchRequest.of(criteria));
        return new CasePage(hits.documents().stream().map(CaseSearchDocument::row).toList(), hits.total());
    }
}
