package io.tianping.app.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads an aggregate's events straight from the event store, bytes as stored. */
@Component
class EventHistory {

    private final JdbcClient jdbc;

    EventHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored event of the aggregate, in sequence order; empty when no such aggregate exists. */
    List<StoredEvent> of(String aggregateType, String aggregateId) {
        return jdbc.sql("""
                select aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload,
                       meta_data
                from domain_event_entry where aggregate_identifier = ? and lower(type) = ? order by sequence_number""")
                .params(aggregateId, aggregateType.toLowerCase(java.util.Locale.ROOT))
                .query((rs, row) -> new StoredEvent(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBytes(7), rs.getBytes(8)))
                .list();
    }
}
