package io.tianping.traceability.capture;

import io.tianping.traceability.capture.CapturedEvent.Item;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a capture job's events, their identifiers and the items' states in one transaction, in JDBC batches (plain
 * table writes, not an aggregate per item: see the module README, "Why items are rows").
 */
@Component
class CaptureStore {

    /** An item state a stored job changed, to apply in memory once committed. */
    record ItemChange(String gtin, String serial, String lot, String state) { }

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    CaptureStore(JdbcTemplate jdbcTemplate, JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
    }

    /** Which of these event ids are stored already. */
    Set<String> existing(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select event_id from traceability_epcis_event where event_id = any(?)")
                .param(eventIds.toArray(String[]::new)).query(String.class).list());
    }

    /**
     * Stores the events (an error declaration of an event stored before updates that event instead) and returns the
     * item states they changed, in event order.
     */
    List<ItemChange> save(String captureId, String owner, List<CapturedEvent> events, Set<String> existing, Instant now) {
        return transaction.execute(status -> {
            var inserts = new ArrayList<Object[]>();
            var declarations = new ArrayList<Object[]>();
            var epcs = new ArrayList<Object[]>();
            var items = new ArrayList<Object[]>();
            var changes = new ArrayList<ItemChange>();
            Timestamp recorded = Timestamp.from(now);
            for (CapturedEvent e : events) {
                String declaration = e.declaration() == null ? null : json.writeValueAsString(e.declaration());
                if (existing.contains(e.eventId())) {
                    declarations.add(new Object[] {declaration, e.eventId()});
                    continue;
                }
                inserts.add(new Object[] {e.eventId(), captureId, owner, e.type(), Timestamp.from(e.eventTime()),
                        e.bizStep(), e.disposition(), e.action(), e.recallLevel(), e.unitCount(), e.json(), declaration,
                        recorded});
                for (String epc : e.epcs()) {
                    epcs.add(new Object[] {epc, e.eventId()});
                }
                if (e.itemState() != null && e.declaration() == null) {
                    for (Item item : e.items()) {
                        items.add(new Object[] {item.gtin(), item.serial(), item.lot(), e.itemState(),
                                Timestamp.from(e.eventTime()), e.eventId()});
                        changes.add(new ItemChange(item.gtin(), item.serial(), item.lot(), e.itemState()));
                    }
                }
            }
            jdbcTemplate.batchUpdate("""
                    insert into traceability_epcis_event (event_id, capture_id, owner, event_type, event_time, biz_step,
                        disposition, action, recall_level, unit_count, document, error_declaration, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
            jdbcTemplate.batchUpdate("update traceability_epcis_event set error_declaration = ? where event_id = ?",
                    declarations);
            jdbcTemplate.batchUpdate("insert into traceability_event_epc (epc, event_id) values (?, ?) on conflict do nothing",
                    epcs);
            jdbcTemplate.batchUpdate("""
                    insert into traceability_item (gtin, serial, lot, state, changed_at, event_id) values (?, ?, ?, ?, ?, ?)
                    on conflict (gtin, serial) do update set state = excluded.state,
                        lot = coalesce(excluded.lot, traceability_item.lot), changed_at = excluded.changed_at,
                        event_id = excluded.event_id""", items);
            return changes;
        });
    }

    void startJob(String captureId, String owner, String behaviour, String node, Instant now) {
        jdbc.sql("""
                insert into traceability_capture_job (capture_id, owner, behaviour, running, created_at, node, stored_at)
                values (?, ?, ?, true, ?, ?, clock_timestamp())""")
                .params(captureId, owner, behaviour, Timestamp.from(now), node).update();
    }

    void finishJob(String captureId, boolean success, int captured, List<CaptureError> errors, Instant now) {
        List<CaptureError> kept = errors.size() > 1000 ? errors.subList(0, 1000) : errors;
        jdbc.sql("""
                update traceability_capture_job set running = false, success = ?, events_captured = ?, errors = ?,
                    finished_at = ?, stored_at = clock_timestamp() where capture_id = ?""")
                .params(success, captured, json.writeValueAsString(kept), Timestamp.from(now), captureId).update();
    }

    /**
     * Jobs a stopped node left running never finish: they failed. {@code condition} picks them: all running jobs when
     * this node is alone, else this node's own, and on every node those running for longer than any capture takes.
     */
    int failInterruptedJobs(String condition, Instant now, Object... parameters) {
        var values = new ArrayList<Object>(List.of(Timestamp.from(now)));
        values.addAll(List.of(parameters));
        return jdbc.sql("""
                update traceability_capture_job set running = false, success = false, finished_at = ?,
                    stored_at = clock_timestamp(),
                    errors = '[{"eventIndex":null,"field":"(document)","message":"the capture was interrupted by a restart; nothing of it was stored"}]'
                where running and\s""" + condition).params(values).update();
    }
}
