package io.tianping.sharedkernel;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One product of the CCC catalogue.
 *
 * @param code            the 4-digit catalogue code
 * @param categoryNo      the category number (1–16 in the 2023 revision)
 * @param category        the category name (Chinese)
 * @param productZh       the product name as the catalogue writes it
 * @param productEn       an English rendering of the product name
 * @param compulsorySince the date from which certification is compulsory for this product (as shipped in the data)
 * @param confirmed       false where the entry could not be checked against the published catalogue
 */
public record CatalogueEntry(CatalogueCode code, int categoryNo, String category, String productZh, String productEn,
                             LocalDate compulsorySince, boolean confirmed) {

    public CatalogueEntry {
        Objects.requireNonNull(code, "catalogue entry needs a code");
        Objects.requireNonNull(compulsorySince, "catalogue entry %s needs a compulsory-since date".formatted(code));
        if (categoryNo < 1) {
            throw new IllegalArgumentException("catalogue entry %s has category number %d, must be >= 1".formatted(code, categoryNo));
        }
        if (productZh == null || productZh.isBlank()) {
            throw new IllegalArgumentException("catalogue entry %s needs a Chinese product name".formatted(code));
        }
    }
}
