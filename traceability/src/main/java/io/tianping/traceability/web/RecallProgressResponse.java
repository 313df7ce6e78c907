package io.tianping.traceability.web;

import io.tianping.traceability.api.RecallLevel;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A recall and how far it got.
 *
 * @param affectedUnits  commissioned units the recall covered when announced
 * @param levels         per level: units corrected as EPCIS events show them, as the last monthly report states them,
 *                       and the larger of the two
 * @param correctionRate units corrected at all levels over the units affected
 * @param overdueReports months since the recall whose monthly report is missing (each month's is due once it ended)
 */
record RecallProgressResponse(String recallId, String gtin, List<String> lots, String hazard, String remedy,
                              String certificateNumber, String model, String manufacturerName,
                              String manufacturerCreditCode, @Nullable String orderedBy, Instant announcedAt, long affectedUnits,
                              List<LevelProgress> levels, CorrectionRate correctionRate, List<MonthlyReport> reports,
                              List<String> overdueReports) {

    /** One level's progress. */
    record LevelProgress(RecallLevel level, long fromEvents, long reported, long corrected) { }

    /** A fraction, and its value (null while nothing is affected). */
    record CorrectionRate(long numerator, long denominator, Double value) { }

    /** One monthly report as filed. */
    record MonthlyReport(String month, long manufacturer, long distributor, long retailer, long consumer, Instant reportedAt) { }
}
