package io.tianping.app.audit;

import static org.axonframework.eventhandling.EventUtils.asDomainEventMessage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Appends events as Axon does, and chains each aggregate's events: the metadata of every event stored gets
 * {@code previousHash} (the hash of the aggregate's event before it, "" for its first) and {@code hash}
 * ({@link EventHash}), computed once, here, in the transaction that appends it.
 */
public class ChainedAppendEvents implements AppendEventsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        String sql = "insert into " + schema.domainEventTable() + " (" + schema.domainEventFields()
                + ") values (?,?,?,?,?,?,?,?,?)";
        PreparedStatement statement = connection.prepareStatement(sql);
        Map<String, String> lastHashes = new HashMap<>();
        for (EventMessage<?> eventMessage : events) {
            DomainEventMessage<?> event = asDomainEventMessage(eventMessage);
            SerializedObject<?> payload = event.serializePayload(serializer, dataType);
            String previous = lastHashes.containsKey(event.getAggregateIdentifier())
                    ? lastHashes.get(event.getAggregateIdentifier())
                    : previousHash(connection, schema, event);
            MetaData unchained = event.getMetaData().withoutKeys(java.util.Set.of(EventHash.HASH, EventHash.PREVIOUS_HASH));
            String hash = EventHash.of(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getType(),
                    event.getTimestamp(), payload.getType().getName(), payload.getType().getRevision(),
                    (byte[]) payload.getData(), EventHash.canonicalMetadata(unchained), previous);
            lastHashes.put(event.getAggregateIdentifier(), hash);
            MetaData chained = unchained.and(EventHash.PREVIOUS_HASH, previous).and(EventHash.HASH, hash);
            SerializedObject<?> metadata = serializer.serialize(chained, dataType);
            statement.setString(1, event.getIdentifier());
            statement.setString(2, event.getAggregateIdentifier());
            statement.setLong(3, event.getSequenceNumber());
            statement.setString(4, event.getType());
            timestampWriter.writeTimestamp(statement, 5, event.getTimestamp());
            statement.setString(6, payload.getType().getName());
            statement.setString(7, payload.getType().getRevision());
            statement.setObject(8, payload.getData());
            statement.setObject(9, metadata.getData());
            statement.addBatch();
        }
        return statement;
    }

    /** The stored hash of the aggregate's previous event; "" when this is its first event or the previous is unchained. */
    private static String previousHash(Connection connection, EventSchema schema, DomainEventMessage<?> event)
            throws SQLException {
        if (event.getSequenceNumber() == 0) {
            return "";
        }
        String sql = "select " + schema.metaDataColumn() + " from " + schema.domainEventTable() + " where "
                + schema.aggregateIdentifierColumn() + " = ? and " + schema.sequenceNumberColumn() + " = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, event.getAggregateIdentifier());
            query.setLong(2, event.getSequenceNumber() - 1);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    return "";
                }
                String stored = EventHash.storedHash(rows.getBytes(1), EventHash.HASH);
                return stored == null ? "" : stored;
            }
        }
    }
}
