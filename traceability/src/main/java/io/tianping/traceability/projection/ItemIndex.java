package io.tianping.traceability.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import org.springframework.jdbc.core.RowCallbackHandler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The state of every serialised item in memory, for the resolver (the hot path: a scan never waits on the database).
 * Table {@code traceability_item} is the record; capture changes both, the memory once its transaction committed.
 * Loaded from the table at start; the items other nodes capture are read as their jobs finish ({@link TableFollower}). About 100 bytes an item: a million items take about 100 MB.
 */
@Component
public class ItemIndex implements SmartInitializingSingleton {

    /** An item's lot (null when no event said it) and state. */
    public record ItemRecord(String lot, ItemState state) { }

    private final JdbcClient jdbc;
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, ItemRecord>> byGtin = new ConcurrentHashMap<>();

    ItemIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The item, or null when no captured event commissioned it. */
    public ItemRecord find(String gtin, String serial) {
        Map<String, ItemRecord> items = byGtin.get(gtin);
        return items == null ? null : items.get(serial);
    }

    public void put(String gtin, String serial, ItemRecord item) {
        byGtin.computeIfAbsent(gtin, key -> new ConcurrentHashMap<>()).put(serial, item);
    }

    /** How many commissioned (not decommissioned or destroyed) items of the GTIN, in these lots (all when empty). */
    public long countCommissioned(String gtin, Collection<String> lots) {
        Map<String, ItemRecord> items = byGtin.get(gtin);
        if (items == null) {
            return 0;
        }
        return items.values().stream().filter(item -> item.state() == ItemState.COMMISSIONED)
                .filter(item -> lots.isEmpty() || lots.contains(item.lot())).count();
    }

    @Override
    public void afterSingletonsInstantiated() {
        jdbc.sql("select gtin, serial, lot, state from traceability_item").query((RowCallbackHandler) this::put);
    }

    /** Reads the current state of the items whose last change came from capture job {@code captureId}. */
    void readCapturedBy(String captureId) {
        jdbc.sql("""
                select i.gtin, i.serial, i.lot, i.state from traceability_item i
                join traceability_epcis_event e on e.event_id = i.event_id where e.capture_id = ?""")
                .param(captureId).query((RowCallbackHandler) this::put);
    }

    private void put(ResultSet rs) throws SQLException {
        put(rs.getString(1).intern(), rs.getString(2), new ItemRecord(rs.getString(3), ItemState.valueOf(rs.getString(4))));
    }
}
