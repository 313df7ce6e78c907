package io.tianping.livestream.projection;

import io.tianping.livestream.api.ClockKind;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Open legal clocks past their due day: a platform sees its own, a regulator those of its region. */
@Component
public class OverdueClocks {

    /**
     * One overdue clock.
     *
     * @param subjectId the subject
     * @param name      its name
     * @param platform  the platform that must act
     * @param account   the account
     * @param kind      which clock
     * @param dueOn     the last day it was due
     */
    public record Overdue(String subjectId, String name, String platform, String account, ClockKind kind,
                          LocalDate dueOn) { }

    private final JdbcClient jdbc;

    OverdueClocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Clocks of {@code kind} (any when null) due before {@code today}; by platform or by region (null: all). */
    public List<Overdue> overdue(LocalDate today, ClockKind kind, PlatformId platform, RegionCode region, int limit) {
        return jdbc.sql("""
                select c.subject_id, s.name, c.platform, c.account, c.kind, c.due_on
                from livestream_clock c join livestream_subject s on s.subject_id = c.subject_id
                where c.done_on is null and c.due_on < :today
                  and (:kind = '' or c.kind = :kind)
                  and (:platform = '' or c.platform = :platform)
                  and (:region = '%' or exists (select 1 from livestream_account a where a.subject_id = c.subject_id
                        and a.platform = c.platform and a.account = c.account and a.region like :region))
                order by c.due_on, c.subject_id, c.platform, c.account limit :limit""")
                .param("today", today)
                .param("kind", kind == null ? "" : kind.name())
                .param("platform", platform == null ? "" : platform.value())
                .param("region", region == null ? "%" : Regions.like(region))
                .param("limit", limit)
                .query((rs, row) -> new Overdue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        ClockKind.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class)))
                .list();
    }
}
