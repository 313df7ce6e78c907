package io.tianping.traceability.gs1;

import java.util.List;
import java.util.Map;

/**
 * The GS1 application identifiers a Digital Link may carry (GS1 General Specifications section 3, Digital Link URI
 * syntax 1.6 tables): primary keys with their key qualifiers in order, and the data attributes allowed in the query.
 *
 * @param code       the AI, e.g. {@code 01}
 * @param title      its data title, e.g. {@code GTIN}
 * @param numeric    whether the value is digits only
 * @param minLength  shortest value
 * @param maxLength  longest value
 * @param checkDigit whether the value's last digit (of its first {@code checkedLength} digits) is a GS1 check digit
 * @param qualifiers for a primary key, its key qualifiers in the order they must appear; null for any other AI
 */
public record ApplicationIdentifier(String code, String title, boolean numeric, int minLength, int maxLength,
                                    boolean checkDigit, List<String> qualifiers) {

    private static final Map<String, ApplicationIdentifier> KNOWN = table();

    /** The AI, or null when it is not one this validator knows. */
    public static ApplicationIdentifier find(String code) {
        ApplicationIdentifier known = KNOWN.get(code);
        if (known != null || code.length() != 4 || !CheckDigit.allDigits(code)) {
            return known;
        }
        int group = Integer.parseInt(code.substring(0, 3));
        // 310n–369n: measures with n decimals, six digits each (GS1 GS 3.6)
        return group >= 310 && group <= 369 ? new ApplicationIdentifier(code, "MEASURE", true, 6, 6, false, null) : null;
    }

    public boolean isPrimaryKey() {
        return qualifiers != null;
    }

    private static Map<String, ApplicationIdentifier> table() {
        var gtinQualifiers = List.of("22", "10", "21");
        List<ApplicationIdentifier> all = List.of(
                key("00", "SSCC", true, 18, 18, true, List.of()),
                key("01", "GTIN", true, 14, 14, true, gtinQualifiers),
                key("8006", "ITIP", true, 18, 18, false, gtinQualifiers),
                key("8013", "GMN", false, 1, 25, false, List.of()),
                key("8010", "CPID", false, 1, 30, false, List.of("8011")),
                key("414", "LOC NO.", true, 13, 13, true, List.of("254", "7040")),
                key("417", "PARTY", true, 13, 13, true, List.of("7040")),
                key("8017", "GSRN - PROVIDER", true, 18, 18, true, List.of("8019")),
                key("8018", "GSRN - RECIPIENT", true, 18, 18, true, List.of("8019")),
                key("8003", "GRAI", false, 14, 30, false, List.of()),
                key("8004", "GIAI", false, 1, 30, false, List.of()),
                key("253", "GDTI", false, 13, 30, false, List.of()),
                key("255", "GCN", true, 13, 25, false, List.of()),
                key("401", "GINC", false, 1, 30, false, List.of()),
                key("402", "GSIN", true, 17, 17, true, List.of()),
                plain("22", "CPV", false, 1, 20),
                plain("10", "BATCH/LOT", false, 1, 20),
                plain("21", "SERIAL", false, 1, 20),
                plain("254", "GLN EXTENSION COMPONENT", false, 1, 20),
                plain("7040", "UIC+EXT", false, 4, 4),
                plain("8011", "CPID SERIAL", true, 1, 12),
                plain("8019", "SRIN", true, 1, 10),
                plain("11", "PROD DATE", true, 6, 6),
                plain("12", "DUE DATE", true, 6, 6),
                plain("13", "PACK DATE", true, 6, 6),
                plain("15", "BEST BEFORE or BEST BY", true, 6, 6),
                plain("16", "SELL BY", true, 6, 6),
                plain("17", "USE BY or EXPIRY", true, 6, 6),
                plain("30", "VAR. COUNT", true, 1, 8),
                plain("37", "COUNT", true, 1, 8),
                plain("422", "ORIGIN", true, 3, 3),
                plain("7003", "EXPIRY TIME", true, 10, 10),
                plain("8008", "PROD TIME", true, 8, 12),
                plain("90", "INTERNAL", false, 1, 30));
        var byCode = new java.util.HashMap<String, ApplicationIdentifier>();
        all.forEach(ai -> byCode.put(ai.code(), ai));
        for (int i = 91; i <= 99; i++) {
            byCode.put(String.valueOf(i), plain(String.valueOf(i), "INTERNAL", false, 1, 90));
        }
        return Map.copyOf(byCode);
    }

    private static ApplicationIdentifier key(String code, String title, boolean numeric, int min, int max, boolean check,
                                             List<String> qualifiers) {
        return new ApplicationIdentifier(code, title, numeric, min, max, check, qualifiers);
    }

    private static ApplicationIdentifier plain(String code, String title, boolean numeric, int min, int max) {
        return new ApplicationIdentifier(code, title, numeric, min, max, false, null);
    }
}
