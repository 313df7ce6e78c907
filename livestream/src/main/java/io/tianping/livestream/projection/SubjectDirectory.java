package io.tianping.livestream.projection;

import io.tianping.livestream.api.SubjectId;
import io.tianping.livestream.api.SubjectRole;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Look-ups over the registry's tables: search, who is on which platform, regions, sessions. */
@Component
public class SubjectDirectory {

    /** One hit of a search. */
    public record Hit(SubjectId subjectId, String name, String kind, LocalDate blacklistedUntil, List<String> platforms) { }

    /** A session as the registry keeps it: its room (operator) and hosts. */
    public record Session(String sessionId, SubjectId operator, PlatformId platform, List<SubjectId> hosts) { }

    private final JdbcClient jdbc;

    SubjectDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Subjects whose name or an account contains {@code q}, or whose credit code is {@code q} (all when blank), concerning {@code region} (null: every
     * region), on {@code platform} (null: any).
     */
    public List<Hit> search(String q, RegionCode region, PlatformId platform, int limit) {
        String like = "%" + (q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return jdbc.sql("""
                select s.subject_id, s.name, s.kind, s.blacklisted_until,
                       (select string_agg(distinct a.platform, ',') from livestream_account a where a.subject_id = s.subject_id) platforms
                from livestream_subject s
                where (lower(s.name) like :q or s.credit_code = :exact or exists (select 1 from livestream_account a
                        where a.subject_id = s.subject_id and lower(a.account) like :q))
                  and (:region = '%' or exists (select 1 from livestream_subject_region r
                        where r.subject_id = s.subject_id and r.region like :region))
                  and (:platform = '' or exists (select 1 from livestream_account a
                        where a.subject_id = s.subject_id and a.platform = :platform))
                order by s.name, s.subject_id limit :limit""")
                .param("q", like)
                .param("exact", q == null ? "" : q.strip().toUpperCase(java.util.Locale.ROOT))
                .param("region", region == null ? "%" : Regions.like(region))
                .param("platform", platform == null ? "" : platform.value())
                .param("limit", limit)
                .query((rs, row) -> new Hit(new SubjectId(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5) == null ? List.of()
                                : Arrays.asList(rs.getString(5).split(","))))
                .list();
    }

    /** Every region the subject concerns; empty when the registry does not know it. */
    public Set<RegionCode> regionsOf(SubjectId id) {
        return jdbc.sql("select region from livestream_subject_region where subject_id = ?").param(id.value())
                .query((rs, row) -> new RegionCode(rs.getString(1))).set();
    }

    public boolean exists(SubjectId id) {
        return jdbc.sql("select count(*) from livestream_subject where subject_id = ?").param(id.value())
                .query(Long.class).single() > 0;
    }

    /** True when the subject has an account in {@code role} (any role when null) on {@code platform}. */
    public boolean isOn(SubjectId id, PlatformId platform, SubjectRole role) {
        return jdbc.sql("select count(*) from livestream_account where subject_id = ? and platform = ? and (? = '' or role = ?)")
                .params(id.value(), platform.value(), role == null ? "" : role.name(), role == null ? "" : role.name())
                .query(Long.class).single() > 0;
    }

    /** The subject that holds {@code account} in {@code role} on {@code platform}, if any. */
    public Optional<SubjectId> holderOf(PlatformId platform, SubjectRole role, String account) {
        return jdbc.sql("select subject_id from livestream_account where platform = ? and role = ? and account = ?")
                .params(platform.value(), role.name(), account)
                .query((rs, row) -> new SubjectId(rs.getString(1))).optional();
    }

    /** Where findings about the operator's room on {@code platform} go. */
    public Optional<RegionCode> roomRegion(SubjectId operator, PlatformId platform) {
        return jdbc.sql("select region from livestream_account where subject_id = ? and platform = ? and role = 'OPERATOR' limit 1")
                .params(operator.value(), platform.value())
                .query((rs, row) -> new RegionCode(rs.getString(1))).optional();
    }

    public Optional<Session> session(String sessionId) {
        return jdbc.sql("select session_id, subject_id, platform, host_ids from livestream_session where session_id = ?")
                .param(sessionId)
                .query((rs, row) -> new Session(rs.getString(1), new SubjectId(rs.getString(2)),
                        new PlatformId(rs.getString(3)), Arrays.stream(rs.getString(4).split(","))
                        .map(SubjectId::new).toList()))
                .optional();
    }

    /** The sessions the subject hosted in other subjects' rooms. */
    public List<String> sessionsHostedBy(SubjectId host) {
        return jdbc.sql("select session_id from livestream_session where ',' || host_ids || ',' like ? order by started_at")
                .param("%," + host.value() + ",%")
                .query(String.class).list();
    }

    /** Subjects whose blacklist term ended before {@code today} and who are still marked blacklisted. */
    public List<SubjectId> blacklistsEndedBefore(LocalDate today) {
        return jdbc.sql("select subject_id from livestream_subject where blacklisted_until < ? order by blacklisted_until limit 1000")
                .param(today)
                .query((rs, row) -> new SubjectId(rs.getString(1))).list();
    }

    /** The subject ids of {@code platform}'s accounts, by account name. */
    public Set<String> accountsOf(PlatformId platform) {
        return jdbc.sql("select role || '|' || account from livestream_account where platform = ?")
                .param(platform.value()).query(String.class).list().stream().collect(Collectors.toSet());
    }
}
