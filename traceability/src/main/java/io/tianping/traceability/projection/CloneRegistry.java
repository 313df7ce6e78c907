package io.tianping.traceability.projection;

import io.tianping.traceability.api.CloneReason;
import io.tianping.traceability.api.ItemEvent.CloneSuspected;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Items suspected of being cloned: table {@code traceability_clone} and memory, changed as the suspicion commits. */
@Component
@ProcessingGroup(CloneRegistry.GROUP)
public class CloneRegistry implements SmartInitializingSingleton {

    public static final String GROUP = "traceability-clones";

    /** Why and when an item became suspect. */
    public record Suspicion(CloneReason reason, String evidence, Instant at) { }

    private final JdbcClient jdbc;
    private final ConcurrentHashMap<String, Suspicion> suspected = new ConcurrentHashMap<>();

    CloneRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The suspicion on this item, or null. */
    public Suspicion find(String gtin, String serial) {
        return suspected.isEmpty() ? null : suspected.get(gtin + "." + serial);
    }

    @EventHandler
    void on(CloneSuspected e) {
        jdbc.sql("""
                insert into traceability_clone (gtin, serial, reason, evidence, suspected_at) values (?, ?, ?, ?, ?)
                on conflict (gtin, serial) do nothing""")
                .params(e.itemId().gtin().value(), e.itemId().serial(), e.reason().name(), e.evidence(), Timestamp.from(e.at()))
                .update();
        var suspicion = new Suspicion(e.reason(), e.evidence(), e.at());
        AfterCommit.run(() -> suspected.putIfAbsent(e.itemId().toString(), suspicion));
    }

    @Override
    public void afterSingletonsInstantiated() {
        read("true");
    }

    /** Reads the suspicions stored since {@code since} (database time): those other nodes recorded. */
    void readStoredSince(Timestamp since) {
        read("stored_at > ?", since);
    }

    private void read(String condition, Object... parameters) {
        jdbc.sql("select gtin, serial, reason, evidence, suspected_at from traceability_clone where " + condition)
                .params(parameters).query(rs -> {
            suspected.put(rs.getString(1) + "." + rs.getString(2), new Suspicion(CloneReason.valueOf(rs.getString(3)),
                    rs.getString(4), rs.getTimestamp(5).toInstant()));
        });
    }
}
