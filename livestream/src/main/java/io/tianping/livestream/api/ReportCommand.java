package io.tianping.livestream.api;

import io.tianping.sharedkernel.PlatformId;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a platform's semi-annual reports (art. 9: every January and July). */
public sealed interface ReportCommand {

    /**
     * File the platform's report for {@code period} ({@code 2026-H1}, reported in January; {@code 2026-H2}, in July);
     * filing again replaces the rows.
     */
    record FileSemiannualReport(@TargetAggregateIdentifier String reportId, PlatformId platform, String period,
                                List<ReportRow> rows, Instant at) implements ReportCommand {
        public FileSemiannualReport {
            if (reportId == null || platform == null || period == null || at == null) {
                throw new IllegalArgumentException("reportId, platform, period and at: must not be null");
            }
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }
}
