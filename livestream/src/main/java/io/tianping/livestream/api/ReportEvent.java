package io.tianping.livestream.api;

import io.tianping.sharedkernel.PlatformId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** What happened to a platform's semi-annual report. Stored in the event store: never rename or move one. */
public sealed interface ReportEvent {

    /** The platform filed its report for {@code period} with these rows, each judged against the registry. */
    @Revision("1")
    record SemiannualReportFiled(String reportId, PlatformId platform, String period, List<ReportRow> rows, Instant at)
            implements ReportEvent {
    }
}
