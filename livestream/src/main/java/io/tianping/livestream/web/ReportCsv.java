package io.tianping.livestream.web;

import io.tianping.livestream.web.SemiannualReportController.ReportRowBody;
import io.tianping.sharedkernel.Bounds;
import io.tianping.sharedkernel.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A semi-annual report as platforms export it from a spreadsheet: CSV (RFC 4180, UTF-8, a byte-order mark allowed)
 * whose first line names the columns {@code role,account,name,creditCode,idNumber} in any order; an empty cell is
 * no value. An unknown column, a row with more cells than columns, or more than {@link Bounds#ITEMS} rows is a 400
 * naming the line.
 */
final class ReportCsv {

    static final String MEDIA_TYPE = "text/csv";

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvReadFeature.EMPTY_STRING_AS_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ReportCsv() {
    }

    static List<ReportRowBody> rows(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        var rows = new ArrayList<ReportRowBody>();
        try (MappingIterator<ReportRowBody> lines = CSV.readerFor(ReportRowBody.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            while (lines.hasNextValue()) {
                if (rows.size() == Bounds.ITEMS) {
                    throw new InvalidInput("rows", "between 1 and %d rows".formatted(Bounds.ITEMS));
                }
                rows.add(lines.nextValue());
            }
        } catch (JacksonException e) {
            throw new InvalidInput("csv", "line %d cannot be read: %s (the first line names the columns role, account, "
                    .formatted(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage())
                    + "name, creditCode, idNumber)");
        }
        return rows;
    }
}
