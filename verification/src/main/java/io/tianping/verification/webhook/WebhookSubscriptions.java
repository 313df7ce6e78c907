package io.tianping.verification.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Table {@code webhook_subscription}: one per platform, and which node holds the lease to deliver its notices. */
@Component
class WebhookSubscriptions {

    /** A platform's subscription; the secret never leaves this package but to sign. */
    record Subscription(String platform, String url, String secret, Instant subscribedAt) { }

    private final JdbcClient jdbc;

    WebhookSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void put(String platform, String url, String secret, Instant at) {
        jdbc.sql("""
                insert into webhook_subscription (platform, url, secret, subscribed_at) values (?, ?, ?, ?)
                on conflict (platform) do update set url = excluded.url, secret = excluded.secret,
                subscribed_at = excluded.subscribed_at""")
                .params(platform, url, secret, Timestamp.from(at))
                .update();
    }

    Optional<Subscription> find(String platform) {
        return jdbc.sql("select platform, url, secret, subscribed_at from webhook_subscription where platform = ?")
                .param(platform)
                .query((rs, row) -> new Subscription(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /**
     * Removes the subscription, then whatever was still owed to it (in this order: nothing is owed to a platform
     * without a subscription); false when there was none.
     */
    boolean remove(String platform) {
        boolean removed = jdbc.sql("delete from webhook_subscription where platform = ?").param(platform).update() == 1;
        jdbc.sql("delete from webhook_delivery where platform = ? and delivered_at is null").param(platform).update();
        return removed;
    }

    /** Takes the platform's delivery lease for {@code node} until {@code until}; false while another node holds it. */
    boolean lease(String platform, String node, Instant now, Instant until) {
        return jdbc.sql("""
                update webhook_subscription set leased_by = ?, lease_until = ?
                where platform = ? and (lease_until is null or lease_until < ? or leased_by = ?)""")
                .params(node, Timestamp.from(until), platform, Timestamp.from(now), node)
                .update() == 1;
    }

    void release(String platform, String node) {
        jdbc.sql("update webhook_subscription set leased_by = null, lease_until = null where platform = ? and leased_by = ?")
                .params(platform, node)
                .update();
    }
}
