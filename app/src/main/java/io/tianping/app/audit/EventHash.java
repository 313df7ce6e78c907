package io.tianping.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;

/**
 * The hash that chains an aggregate's events: SHA-256 over the aggregate id, sequence number, aggregate type,
 * timestamp, payload type and revision, the stored payload bytes, the metadata (canonical: keys sorted, the chain's own
 * keys left out) and the previous event's hash. Each part is length-prefixed, so no two different events hash alike
 * by shifting bytes between fields.
 */
public final class EventHash {

    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "previousHash";

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private EventHash() {
    }

    public static String of(String aggregateId, long sequence, String aggregateType, Instant timestamp, String payloadType,
                            String payloadRevision, byte[] payload, byte[] canonicalMetadata, String previousHash) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            part(digest, aggregateId.getBytes(StandardCharsets.UTF_8));
            part(digest, ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
            part(digest, text(aggregateType));
            // the store keeps milliseconds (Axon's DateTimeUtils.formatInstant): hash what is kept
            part(digest, timestamp.truncatedTo(ChronoUnit.MILLIS).toString().getBytes(StandardCharsets.UTF_8));
            part(digest, text(payloadType));
            part(digest, text(payloadRevision));
            part(digest, payload);
            part(digest, canonicalMetadata);
            part(digest, text(previousHash));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The metadata as hashed: a JSON object with sorted keys, without {@code hash} and {@code previousHash}. */
    public static byte[] canonicalMetadata(Map<String, ?> metadata) {
        ObjectNode node = CANONICAL.valueToTree(metadata);
        return canonical(node);
    }

    /** The same canonical form, from the metadata bytes as stored. */
    public static byte[] canonicalMetadata(byte[] stored) throws IOException {
        JsonNode node = CANONICAL.readTree(stored);
        if (!(node instanceof ObjectNode object)) {
            throw new IOException("metadata is not a JSON object");
        }
        return canonical(object);
    }

    /** The hash recorded in stored metadata, or null when the event was written before chaining. */
    public static String storedHash(byte[] storedMetadata, String key) {
        try {
            JsonNode value = CANONICAL.readTree(storedMetadata).get(key);
            return value == null || value.isNull() ? null : value.asText();
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] canonical(ObjectNode node) {
        ObjectNode copy = node.deepCopy();
        copy.remove(HASH);
        copy.remove(PREVIOUS_HASH);
        try {
            Object sorted = CANONICAL.treeToValue(copy, Object.class);
            return CANONICAL.writeValueAsBytes(sorted);
        } catch (IOException e) {
            throw new IllegalStateException("metadata cannot be written as JSON", e);
        }
    }

    private static byte[] text(String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }

    private static void part(MessageDigest digest, byte[] bytes) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }
}
