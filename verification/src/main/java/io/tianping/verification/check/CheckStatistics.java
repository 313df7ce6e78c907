package io.tianping.verification.check;

import io.tianping.verification.api.InterceptReason;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Listing checks counted per day (China time), from {@code listing_check_daily}: the recorded checks counted as they
 * are recorded, so a question over three months reads a few hundred rows, not the checks themselves.
 */
@Component
public class CheckStatistics {

    /** The most days one question may cover. */
    public static final int MAX_DAYS = 92;

    /**
     * One day's checks.
     *
     * @param day         the day, China time
     * @param checks      every check answered that day
     * @param intercepted the checks that told the platform to intercept the listing
     * @param reasons     how often each reason was given that day (a check may give several), most frequent first
     */
    public record DayChecks(LocalDate day, long checks, long intercepted, List<ReasonCount> reasons) { }

    /** How many intercepting checks gave {@code reason}. */
    public record ReasonCount(InterceptReason reason, long count) { }

    private final JdbcClient jdbc;

    CheckStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each day from {@code from} to {@code to} (inclusive, China time), days without a check included as zeros. */
    public List<DayChecks> perDay(LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> totals = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            totals.put(day, new long[2]);
        }
        Map<LocalDate, List<ReasonCount>> reasons = new LinkedHashMap<>();
        jdbc.sql("""
                        select day, reason, sum(checks), sum(intercepted) from listing_check_daily
                        where day between ? and ? group by 1, 2 order by 1, 3 desc, 2""")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query(rs -> {
                    LocalDate day = rs.getDate(1).toLocalDate();
                    String reason = rs.getString(2);
                    if (reason.isEmpty()) {
                        long[] counts = totals.get(day);
                        counts[0] = rs.getLong(3);
                        counts[1] = rs.getLong(4);
                    } else {
                        reasons.computeIfAbsent(day, d -> new ArrayList<>())
                                .add(new ReasonCount(InterceptReason.valueOf(reason), rs.getLong(3)));
                    }
                });
        List<DayChecks> days = new ArrayList<>();
        totals.forEach((day, counts) -> days.add(new DayChecks(day, counts[0], counts[1],
                reasons.getOrDefault(day, List.of()))));
        return days;
    }
}
