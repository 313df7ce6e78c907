package io.tianping.app.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the checkpoints back: an aggregate's checkpointed heads, and whole checkpoints verified. */
@Component
class Checkpoints {

    /** An aggregate's head as one checkpoint recorded it. */
    record Checkpointed(long checkpoint, long lastSequence, String headHash) { }

    private record Row(long id, Instant madeAt, long upTo, int headCount, String root, String signature, String keyId) { }

    private final JdbcClient jdbc;
    private final CheckpointKey key;

    Checkpoints(JdbcClient jdbc, CheckpointKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    /** Every head recorded for the aggregate, oldest checkpoint first. */
    List<Checkpointed> of(String aggregateType, String aggregateId) {
        return jdbc.sql("""
                select checkpoint_id, last_sequence, head_hash from audit_checkpoint_head
                where aggregate_id = ? and lower(aggregate_type) = ? order by checkpoint_id""")
                .params(aggregateId, aggregateType.toLowerCase(Locale.ROOT))
                .query((rs, row) -> new Checkpointed(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    /** Checkpoints after {@code after}, oldest first, each with its heads and whether it verifies. */
    AuditCheckpoint.AuditCheckpointPage page(long after, int limit) {
        List<AuditCheckpoint> items = jdbc.sql("""
                select id, made_at, up_to_global_index, head_count, merkle_root, signature, key_id from audit_checkpoint
                where id > ? order by id limit ?""")
                .params(after, limit)
                .query((rs, row) -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getLong(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list().stream().map(this::verified).toList();
        return new AuditCheckpoint.AuditCheckpointPage(items, items.isEmpty() ? after : items.getLast().id());
    }

    Optional<Instant> latest() {
        return jdbc.sql("select max(made_at) from audit_checkpoint").query((rs, row) -> rs.getTimestamp(1)).optional()
                .filter(at -> at != null).map(Timestamp::toInstant);
    }

    private AuditCheckpoint verified(Row row) {
        List<CheckpointHead> heads = jdbc.sql("""
                select aggregate_type, aggregate_id, last_sequence, head_hash from audit_checkpoint_head
                where checkpoint_id = ? order by position""")
                .param(row.id())
                .query((rs, n) -> new CheckpointHead(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
        String text = CheckpointText.of(row.id(), row.madeAt(), row.upTo(), row.headCount(), row.root());
        String verification = verify(row, heads, text);
        return new AuditCheckpoint(row.id(), row.madeAt(), row.upTo(), row.headCount(), row.root(), text,
                row.signature(), row.keyId(), verification.equals("valid"), verification, heads);
    }

    private String verify(Row row, List<CheckpointHead> heads, String text) {
        if (heads.size() != row.headCount()) {
            return "it records %d heads, but %d are stored".formatted(row.headCount(), heads.size());
        }
        if (heads.isEmpty() || !MerkleRoot.of(heads).equals(row.root())) {
            return "its stored heads do not hash to its root";
        }
        if (!key.present()) {
            return "no checkpoint key is configured: the signature cannot be checked here";
        }
        if (!key.id().equals(row.keyId())) {
            return "signed with key %s, not with the key configured now (%s)".formatted(row.keyId(), key.id());
        }
        return key.sign(text).equals(row.signature()) ? "valid" : "the signature does not match";
    }
}
