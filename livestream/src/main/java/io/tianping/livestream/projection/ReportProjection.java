package io.tianping.livestream.projection;

import io.tianping.livestream.api.ReportEvent.SemiannualReportFiled;
import io.tianping.livestream.api.ReportRow;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Table {@code livestream_report}: the latest semi-annual report of each platform and half-year. */
@Component
@ProcessingGroup("livestream-reports")
class ReportProjection {

    private final JdbcClient jdbc;

    ReportProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SemiannualReportFiled e) {
        jdbc.sql("""
                insert into livestream_report (platform, period, report_id, filed_at, rows_total, accepted)
                values (?, ?, ?, ?, ?, ?)
                on conflict (platform, period) do update set report_id = excluded.report_id, filed_at = excluded.filed_at,
                    rows_total = excluded.rows_total, accepted = excluded.accepted""")
                .params(e.platform().value(), e.period(), e.reportId(), Timestamp.from(e.at()), e.rows().size(),
                        (int) e.rows().stream().filter(r -> r.status() == ReportRow.Status.ACCEPTED).count())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from livestream_report").update();
    }
}
