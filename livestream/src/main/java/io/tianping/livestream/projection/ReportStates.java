package io.tianping.livestream.projection;

import io.tianping.livestream.domain.ReportPeriods;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/** Where each platform stands with its semi-annual report for the current half-year. */
@Component
public class ReportStates {

    /**
     * One platform's report state.
     *
     * @param platform the platform
     * @param period   the current half-year, e.g. 2026-H2
     * @param state    FILED, DUE (its month is running) or MISSING (its month has passed without one)
     * @param filedAt  when the report was filed, null unless FILED
     * @param rows     rows in the report
     * @param accepted rows that matched the registry
     */
    public record ReportState(String platform, String period, ReportPeriods.State state, @Nullable Instant filedAt, int rows,
                              int accepted) { }

    private final JdbcClient jdbc;

    ReportStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The states of {@code platforms} (plus every platform that ever filed) on {@code today}. */
    public List<ReportState> states(Collection<String> platforms, LocalDate today) {
        var all = new TreeSet<>(platforms);
        all.addAll(jdbc.sql("select distinct platform from livestream_report").query(String.class).list());
        String period = ReportPeriods.periodOf(today);
        return all.stream().map(platform -> state(platform, period, today)).toList();
    }

    private ReportState state(String platform, String period, LocalDate today) {
        Optional<ReportState> filed = jdbc.sql("select filed_at, rows_total, accepted from livestream_report where platform = ? and period = ?")
                .params(platform, period)
                .query((rs, row) -> new ReportState(platform, period, ReportPeriods.State.FILED,
                        rs.getObject(1, Timestamp.class).toInstant(), rs.getInt(2), rs.getInt(3)))
                .optional();
        return filed.orElseGet(() -> new ReportState(platform, period, ReportPeriods.state(false, today), null, 0, 0));
    }
}
