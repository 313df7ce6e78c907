package io.tianping.sharedkernel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CCC compulsory certification catalogue, shipped as data
 * ({@code /io/tianping/sharedkernel/ccc-catalogue-2023.csv}). Immutable; load it once and share it.
 * <p>
 * A few products are listed under several codes (low-voltage components 0302–0309, fuse-links 0205/0207,
 * power supplies 0807/0907, tyres 1201–1203, safes 1904/1905): {@link #entries()} has one entry per product,
 * carrying its first code, and {@link #find(CatalogueCode)} resolves every code of the product to that entry.
 */
public final class CccCatalogue {

    private static final String EDITION_2023 = "/io/tianping/sharedkernel/ccc-catalogue-2023.csv";

    private final List<CatalogueEntry> entries;
    private final Map<CatalogueCode, CatalogueEntry> byCode;

    private CccCatalogue(List<CatalogueEntry> entries, Map<CatalogueCode, CatalogueEntry> byCode) {
        this.entries = List.copyOf(entries);
        this.byCode = Map.copyOf(byCode);
    }

    /** The 2023 revision: 16 categories, 96 products, including power banks and lithium cells/packs (from 2024-08-01). */
    public static CccCatalogue edition2023() {
        return Holder.EDITION_2023;
    }

    /** The product this code belongs to, if the code is in the catalogue. */
    public Optional<CatalogueEntry> find(CatalogueCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(CatalogueCode code) {
        return byCode.containsKey(code);
    }

    /** One entry per product, in catalogue order. */
    public List<CatalogueEntry> entries() {
        return entries;
    }

    private static final class Holder {
        static final CccCatalogue EDITION_2023 = load(CccCatalogue.EDITION_2023);
    }

    static CccCatalogue load(String resource) {
        Map<String, CatalogueEntry> products = new LinkedHashMap<>();
        Map<CatalogueCode, CatalogueEntry> byCode = new HashMap<>();
        for (String[] row : Csv.read(resource)) {
            if (row[0].equals("code")) {
                continue; // header
            }
            if (row.length != 7) {
                throw new IllegalStateException("%s: expected 7 columns, got %d in '%s'".formatted(resource, row.length, String.join(",", row)));
            }
            CatalogueCode code = new CatalogueCode(row[0]);
            // rows of one product share category and Chinese name; the first row's code names the product
            CatalogueEntry entry = products.computeIfAbsent(row[1] + "|" + row[3], key -> new CatalogueEntry(code,
                    Integer.parseInt(row[1]), row[2], row[3], row[4], LocalDate.parse(row[5]), Boolean.parseBoolean(row[6])));
            if (byCode.putIfAbsent(code, entry) != null) {
                throw new IllegalStateException("%s: catalogue code %s appears twice".formatted(resource, code));
            }
        }
        return new CccCatalogue(new ArrayList<>(products.values()), byCode);
    }
}
