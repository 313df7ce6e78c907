package io.tianping.enforcement.projection;

import io.tianping.enforcement.api.CaseStage;
import io.tianping.enforcement.projection.CaseList.CaseRow;
import io.tianping.sharedkernel.RegionCode;
import java.util.List;
import org.springframework.stereotype.Component;

/** Full-text search over cases in the {@code cases} index, limited to what a region may see. */
@Component
public class CaseSearch {

    /** Elasticsearch's default {@code index.max_result_window}: deeper pages are refused by the cluster. */
    public static final int MAX_WINDOW = 10_000;
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
            if (page < 0) {
                throw new IllegalArgumentException("page: must be 0 or more, got " + page);
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new IllegalArgumentException("size: must be between 1 and %d, got %d".formatted(MAX_SIZE, size));
            }
            if ((long) page * size + size > MAX_WINDOW) {
                throw new IllegalArgumentException("page: only the first %d results can be paged through, page %d of size %d is beyond them; narrow the search"
                        .formatted(MAX_WINDOW, page, size));
            }
            text = text == null || text.isBlank() ? null : text.strip();
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
