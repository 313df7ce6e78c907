package io.tianping.traceability.web;

/**
 * The body of {@code POST /api/v1/traceability/recalls/{id}/reports}: a monthly progress report.
 *
 * @param month     the month reported, {@code 2026-12}
 * @param corrected units corrected so far (cumulative) per level
 */
record RecallReportRequest(String month, Corrected corrected) {

    /** Units corrected so far at each level. */
    record Corrected(Long manufacturer, Long distributor, Long retailer, Long consumer) { }
}
