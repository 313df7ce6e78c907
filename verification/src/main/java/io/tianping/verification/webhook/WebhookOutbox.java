package io.tianping.verification.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Table {@code webhook_delivery}: every notice owed to a subscribed platform, until it was delivered. A platform's
 * notices go out in id order, one at a time: the oldest undelivered one (its head) blocks the later ones.
 */
@Component
public class WebhookOutbox {

    /** One notice owed to a platform. */
    record Delivery(long id, String noticeId, UUID deliveryId, String platform, byte[] body, int attempts,
                    Instant nextAttemptAt) { }

    private final JdbcClient jdbc;

    WebhookOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Owes the notice to its platform when the platform has a subscription; a notice already owed (a redelivered
     * event) changes nothing. Returns whether a row was written.
     */
    public boolean enqueue(String noticeId, String platform, byte[] body, Instant at) {
        return jdbc.sql("""
                insert into webhook_delivery (notice_id, delivery_id, platform, body, created_at, next_attempt_at)
                select ?, ?, platform, ?, ?, ? from webhook_subscription where platform = ?
                on conflict (notice_id) do nothing""")
                .params(noticeId, UUID.randomUUID(), body, Timestamp.from(at), Timestamp.from(at), platform)
                .update() == 1;
    }

    /** Platforms whose oldest undelivered notice is due by {@code now}. */
    List<String> platformsDue(Instant now) {
        return jdbc.sql("""
                select platform from (select distinct on (platform) platform, next_attempt_at from webhook_delivery
                                      where delivered_at is null order by platform, id) head
                where next_attempt_at <= ?""")
                .param(Timestamp.from(now))
                .query(String.class)
                .list();
    }

    Optional<Delivery> head(String platform) {
        return jdbc.sql("""
                select id, notice_id, delivery_id, platform, body, attempts, next_attempt_at from webhook_delivery
                where platform = ? and delivered_at is null order by id limit 1""")
                .param(platform)
                .query((rs, row) -> new Delivery(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getBytes(5), rs.getInt(6), rs.getTimestamp(7).toInstant()))
                .optional();
    }

    void delivered(long id, Instant at) {
        jdbc.sql("update webhook_delivery set delivered_at = ?, attempts = attempts + 1, last_error = null where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    void failed(long id, Instant nextAttempt, String error) {
        jdbc.sql("update webhook_delivery set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
                .params(Timestamp.from(nextAttempt), error.length() > 2000 ? error.substring(0, 2000) : error, id)
                .update();
    }

    /** How many notices each platform is still owed. */
    Map<String, Long> pendingByPlatform() {
        return jdbc.sql("select platform, count(*) from webhook_delivery where delivered_at is null group by platform")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
