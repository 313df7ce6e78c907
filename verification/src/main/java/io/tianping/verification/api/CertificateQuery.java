package io.tianping.verification.api;

import io.tianping.searchsupport.SearchPages;
import io.tianping.sharedkernel.CatalogueCode;
import java.util.List;

/** Questions about certificates, answered by verification's read models. */
public sealed interface CertificateQuery {

    /** One certificate by number; answered with an {@code Optional<CertificateView>}-like null when unknown. */
    record FindCertificate(CertificateNumber number) implements CertificateQuery {
    }

    /**
     * Full-text search over holder, manufacturer, product name and models (Chinese and Latin), filtered by the status
     * on the day of the search and by catalogue code; each filter may be null.
     */
    record SearchCertificates(String text, CertificateStatus status, CatalogueCode catalogueCode, int page, int size)
            implements CertificateQuery {
        public static final int MAX_SIZE = 100;

        public SearchCertificates {
            // here, not only where the index is asked: a page past the window is the caller's mistake, a 400
            SearchPages.require(page, size, MAX_SIZE);
        }
    }

    /** One page of search results and how many matched in all. */
    record CertificatePage(List<CertificateView> items, long total) {
    }
}
