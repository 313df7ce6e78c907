package io.tianping.verification.api;

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
            if (page < 0) {
                throw new IllegalArgumentException("page: must be 0 or more, got " + page);
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new IllegalArgumentException("size: must be between 1 and %d, got %d".formatted(MAX_SIZE, size));
            }
        }
    }

    /** One page of search results and how many matched in all. */
    record CertificatePage(List<CertificateView> items, long total) {
    }
}
