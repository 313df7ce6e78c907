package io.tianping.verification.check;

import io.tianping.sharedkernel.ChinaTime;
import io.tianping.verification.api.InterceptReason;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Listing checks counted per day (China time) from the recorded checks ({@code listing_check}). */
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
        var start = Timestamp.from(from.atStartOfDay(ChinaTime.ZONE).toInstant());
        var end = Timestamp.from(to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());
        Map<LocalDate, long[]> totals = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            totals.put(day, new long[2]);
        }
        jdbc.sql("""
                        select cast(checked_at at time zone 'Asia/Shanghai' as date), count(*),
                               count(*) filter (where verdict <> 'PASS')
                        from listing_check where checked_at >= ? and checked_at < ? group by 1""")
                .params(start, end)
                .query(rs -> {
                    long[] day = totals.get(rs.getDate(1).toLocalDate());
                    if (day != null) {
                        day[0] = rs.getLong(2);
                        day[1] = rs.getLong(3);
                    }
                });
        Map<LocalDate, List<ReasonCount>> reasons = new LinkedHashMap<>();
        jdbc.sql("""
                        select cast(checked_at at time zone 'Asia/Shanghai' as date) as day, reason, count(*)
                        from listing_check, unnest(string_to_array(reasons, ',')) as reason
                        where checked_at >= ? and checked_at < ? and reasons <> '' group by 1, 2 order by 1, 3 desc, 2""")
                .params(start, end)
                .query(rs -> {
                    reasons.computeIfAbsent(rs.getDate(1).toLocalDate(), day -> new ArrayList<>())
                            .add(new ReasonCount(InterceptReason.valueOf(rs.getString(2)), rs.getLong(3)));
                });
        List<DayChecks> days = new ArrayList<>();
        totals.forEach((day, counts) -> days.add(new DayChecks(day, counts[0], counts[1],
                reasons.getOrDefault(day, List.of()))));
        return days;
    }
}
