package io.tianping.app.web.idempotency;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The table of answers by caller and key; an answer is kept {@value #KEEP_HOURS} hours. */
@Component
class IdempotentRequests {

    static final int KEEP_HOURS = 24;

    private final JdbcClient jdbc;

    IdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this caller's key was free and is now taken by this request. */
    boolean claim(String principal, String key, String method, String path, String bodySha256) {
        return jdbc.sql("""
                        insert into idempotent_request (principal, idempotency_key, method, path, body_sha256)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(principal, key, method, path, bodySha256).update() == 1;
    }

    Optional<StoredAnswer> find(String principal, String key) {
        return jdbc.sql("""
                        select method, path, body_sha256, status, content_type, location, body,
                               extract(epoch from now() - created_at)::bigint
                        from idempotent_request where principal = ? and idempotency_key = ?""")
                .params(principal, key)
                .query((rs, row) -> new StoredAnswer(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getBytes(7), rs.getLong(8)))
                .optional();
    }

    void answer(String principal, String key, int status, String contentType, String location, byte[] body) {
        jdbc.sql("""
                        update idempotent_request set status = ?, content_type = ?, location = ?, body = ?
                        where principal = ? and idempotency_key = ?""")
                .params(status, contentType, location, body, principal, key).update();
    }

    /** Frees the key: the request failed on our side (5xx), or its first try was abandoned. */
    void release(String principal, String key) {
        jdbc.sql("delete from idempotent_request where principal = ? and idempotency_key = ?").params(principal, key).update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldAnswers() {
        jdbc.sql("delete from idempotent_request where created_at < now() - make_interval(hours => ?)")
                .param(KEEP_HOURS).update();
    }
}
