package io.tianping.searchsupport;

/** Paging through a search's hits within what Elasticsearch serves, and the search text as the queries take it. */
public final class SearchPages {

    /** Elasticsearch's default {@code index.max_result_window}: deeper pages are refused by the cluster. */
    public static final int MAX_WINDOW = 10_000;

    /** The deepest page there is (with a size of 1); a larger size reaches fewer pages: page × size + size ≤ {@link #MAX_WINDOW}. */
    public static final int MAX_PAGE = MAX_WINDOW - 1;

    private SearchPages() {
    }

    /** Refuses a page below 0, a size outside 1 to {@code maxSize}, or a page beyond {@link #MAX_WINDOW} hits. */
    public static void require(int page, int size, int maxSize) {
        if (page < 0) {
            throw new IllegalArgumentException("page: must be 0 or more, got " + page);
        }
        if (size < 1 || size > maxSize) {
            throw new IllegalArgumentException("size: must be between 1 and %d, got %d".formatted(maxSize, size));
        }
        requireWithinWindow(page, size);
    }

    /** Refuses a page that ends beyond the first {@link #MAX_WINDOW} hits. */
    public static void requireWithinWindow(int page, int size) {
        if ((long) page * size + size > MAX_WINDOW) {
            throw new IllegalArgumentException("page: only the first %d results can be paged through, page %d of size %d is beyond them; narrow the search"
                    .formatted(MAX_WINDOW, page, size));
        }
    }

    /** The search text stripped, or null when there is none (blank). */
    public static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
