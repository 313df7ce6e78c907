package io.tianping.app.axon;

import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * The JDBC storage engine for an event store whose aggregates are never snapshotted (none has a snapshotter: they
 * are small and short-lived). Axon reads the snapshot table before every aggregate's events all the same; here that
 * query, always empty, is skipped, which saved a query per command (~3% of the import's CPU). Whoever adds a
 * snapshotter replaces this class with {@link JdbcEventStorageEngine}: storing a snapshot fails loudly until then.
 */
class EventStorageWithoutSnapshots extends JdbcEventStorageEngine {

    EventStorageWithoutSnapshots(Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        throw new UnsupportedOperationException("No aggregate is snapshotted here; use JdbcEventStorageEngine for snapshots "
                + "(see EventStoreConfiguration)");
    }
}
