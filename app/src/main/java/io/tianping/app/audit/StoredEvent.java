package io.tianping.app.audit;

import java.time.Instant;

/** One row of the event store, as stored: what the audit endpoints show and the integrity check recomputes. */
record StoredEvent(String aggregateId, long sequence, String aggregateType, String timestamp, String payloadType,
                   String payloadRevision, byte[] payload, byte[] metadata) {

    String hash() {
        return EventHash.storedHash(metadata, EventHash.HASH);
    }

    String previousHash() {
        return EventHash.storedHash(metadata, EventHash.PREVIOUS_HASH);
    }

    /** The hash this event would have if nothing in it had changed since it was stored. */
    String recomputedHash(String previous) {
        try {
            return EventHash.of(aggregateId, sequence, aggregateType, Instant.parse(timestamp), payloadType,
                    payloadRevision, payload, EventHash.canonicalMetadata(metadata), previous);
        } catch (java.io.IOException | RuntimeException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
