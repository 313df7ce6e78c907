package io.tianping.app.web.consistency;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where another node's processors are, from the token store: with several nodes, the segment that handles an
 * aggregate may be claimed elsewhere, and a write is read back only once that node's processor passed it too.
 */
final class OtherNodesTokens {

    private record Claim(int segment, byte[] token, String type, String owner) { }

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final String node;

    OtherNodesTokens(JdbcClient jdbc, Serializer serializer, String node) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.node = node;
    }

    /** Where a segment stands in the token store, and whether another node holds it (else nobody, or this node). */
    record Claimed(long position, boolean byOtherNode) { }

    /**
     * The stored position of {@code processor}'s segment for {@code aggregateId} ({@code -1} before its first event);
     * empty when the store has no segment of that processor (it runs nowhere: nothing to wait for).
     */
    Optional<Claimed> claim(String processor, String aggregateId) {
        List<Claim> claims = jdbc.sql("select segment, token, token_type, owner from token_entry where processor_name = ?")
                .param(processor)
                .query((rs, row) -> new Claim(rs.getInt(1), rs.getBytes(2), rs.getString(3), rs.getString(4))).list();
        int[] segments = claims.stream().mapToInt(Claim::segment).toArray();
        for (Claim claim : claims) {
            if (Segment.computeSegment(claim.segment(), segments).matches(aggregateId)) {
                boolean elsewhere = claim.owner() != null && !claim.owner().equals(node);
                return Optional.of(new Claimed(position(claim), elsewhere));
            }
        }
        return Optional.empty();
    }

    private long position(Claim claim) {
        if (claim.token() == null) {
            return -1;
        }
        TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(claim.token(), byte[].class, claim.type(), null));
        return token == null ? -1 : token.position().orElse(-1);
    }
}
