package io.tianping.app.web.consistency;

import java.util.List;
import java.util.OptionalLong;
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

    /**
     * The position of {@code processor}'s segment for {@code aggregateId} when another node holds it; empty when this
     * node holds it, nobody does (the processor is not running anywhere: nothing to wait for) or it has no position.
     */
    OptionalLong position(String processor, String aggregateId) {
        List<Claim> claims = jdbc.sql("select segment, token, token_type, owner from token_entry where processor_name = ?")
                .param(processor)
                .query((rs, row) -> new Claim(rs.getInt(1), rs.getBytes(2), rs.getString(3), rs.getString(4))).list();
        int[] segments = claims.stream().mapToInt(Claim::segment).toArray();
        for (Claim claim : claims) {
            if (!Segment.computeSegment(claim.segment(), segments).matches(aggregateId)) {
                continue;
            }
            if (claim.owner() == null || claim.owner().equals(node) || claim.token() == null) {
                return OptionalLong.empty();
            }
            TrackingToken token = serializer.deserialize(
                    new SimpleSerializedObject<>(claim.token(), byte[].class, claim.type(), null));
            return token == null ? OptionalLong.of(-1) : OptionalLong.of(token.position().orElse(-1));
        }
        return OptionalLong.empty();
    }
}
