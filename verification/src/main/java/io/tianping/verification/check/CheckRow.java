package io.tianping.verification.check;

import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.InterceptReason;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A check as {@link ListingCheckLog} queues it: one string, its fields separated by {@code U+001F}, the listing id
 * (the only free text) last. One object per queued check instead of the check's whole object graph: while the
 * database is behind, the queue is what the young collections copy, and copying the graphs stretched their pauses to
 * tens of milliseconds under load.
 */
final class CheckRow {

    private static final char SEPARATOR = '\u001f';
    private static final String SEPARATORS = String.valueOf(SEPARATOR);
    private static final int FIELDS = 10;

    private CheckRow() {
    }

    static String of(String actor, CheckResult result) {
        var listing = result.listing();
        CertificateNumber number = listing.certificateNumberOrNull();
        var row = new StringBuilder(128)
                .append(listing.key().platform().value()).append(SEPARATOR)
                .append(listing.merchant().creditCode().value()).append(SEPARATOR)
                .append(listing.catalogueCode().value()).append(SEPARATOR)
                .append(number == null ? "" : number.value()).append(SEPARATOR)
                .append(listing.price().amount().toPlainString()).append(SEPARATOR)
                .append(result.verdict().verdict().name()).append(SEPARATOR);
        List<InterceptReason> reasons = result.verdict().reasons();
        for (int i = 0; i < reasons.size(); i++) {
            row.append(i == 0 ? "" : ",").append(reasons.get(i).name());
        }
        return row.append(SEPARATOR).append(ChronoUnit.MICROS.between(Instant.EPOCH, result.checkedAt()))
                .append(SEPARATOR).append(actor)
                .append(SEPARATOR).append(listing.key().listingId())
                .toString();
    }

    /**
     * The rows as the columns of {@code listing_check}: platform, listing id, merchant credit code, catalogue code,
     * certificate number (null when none), price, verdict, reasons, checked at (ISO-8601), checked by.
     */
    static Object[][] columns(List<String> rows) {
        int size = rows.size();
        Object[][] columns = {new String[size], new String[size], new String[size], new String[size], new String[size],
                new String[size], new String[size], new String[size], new String[size], new String[size]};
        for (int i = 0; i < size; i++) {
            String[] fields = rows.get(i).split(SEPARATORS, FIELDS);
            columns[0][i] = fields[0];
            columns[1][i] = fields[9];
            columns[2][i] = fields[1];
            columns[3][i] = fields[2];
            columns[4][i] = fields[3].isEmpty() ? null : fields[3];
            columns[5][i] = fields[4];
            columns[6][i] = fields[5];
            columns[7][i] = fields[6];
            columns[8][i] = Instant.EPOCH.plus(Long.parseLong(fields[7]), ChronoUnit.MICROS).toString();
            columns[9][i] = fields[8];
        }
        return columns;
    }
}
