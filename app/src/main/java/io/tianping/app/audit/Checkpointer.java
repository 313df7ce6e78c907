package io.tianping.app.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every {@code tianping.checkpoints.every} (5 minutes) records, for each aggregate whose head changed since the last
 * checkpoint, its type, id, last sequence and head hash, with one Merkle root over them, signed ({@link CheckpointKey}).
 * One node at a time (a transaction-scoped advisory lock); at most {@value #MAX_HEADS} heads a checkpoint, so a first
 * checkpoint of a large store is several. Events whose global index was handed out before the last checkpoint but
 * committed after it are found again: the scan starts {@value #LOOKBACK} indexes before where the last one ended.
 */
@Component
public class Checkpointer {

    static final int MAX_HEADS = 10_000;
    static final long LOOKBACK = 10_000;
    private static final long LOCK = 0x7469616e_70696e67L; // "tianping"

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CheckpointKey key;
    private final Clock clock;

    Checkpointer(JdbcClient jdbc, PlatformTransactionManager transactions, CheckpointKey key, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.key = key;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tianping.checkpoints.every:PT5M}", initialDelayString = "${tianping.checkpoints.every:PT5M}")
    void onSchedule() {
        if (key.present()) {
            checkpoint();
        }
    }

    /** Makes the checkpoints owed now; returns their ids (none when no head changed). */
    public List<Long> checkpoint() {
        if (!key.present()) {
            throw new IllegalStateException("no tianping.checkpoints.key is configured: checkpoints are off");
        }
        return transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, row) -> 1).list();
            long since = jdbc.sql("select coalesce(max(up_to_global_index), 0) from audit_checkpoint").query(Long.class).single();
            long upTo = jdbc.sql("select coalesce(max(global_index), 0) from domain_event_entry").query(Long.class).single();
            List<CheckpointHead> changed = changedHeads(Math.max(0, since - LOOKBACK), upTo);
            List<Long> made = new ArrayList<>();
            for (int from = 0; from < changed.size(); from += MAX_HEADS) {
                made.add(record(changed.subList(from, Math.min(changed.size(), from + MAX_HEADS)), upTo));
            }
            return made;
        });
    }

    private List<CheckpointHead> changedHeads(long after, long upTo) {
        return jdbc.sql("""
                with latest as (
                    select type, aggregate_identifier, max(sequence_number) as last_sequence from domain_event_entry
                    where global_index > ? and global_index <= ? and type is not null
                    group by type, aggregate_identifier)
                select l.type, l.aggregate_identifier, l.last_sequence, e.meta_data
                from latest l join domain_event_entry e
                  on e.aggregate_identifier = l.aggregate_identifier and e.sequence_number = l.last_sequence
                where not exists (select 1 from audit_checkpoint_head h where h.aggregate_id = l.aggregate_identifier
                                  and h.aggregate_type = l.type and h.last_sequence >= l.last_sequence)
                order by l.type, l.aggregate_identifier""")
                .params(after, upTo)
                .query((rs, row) -> new CheckpointHead(rs.getString(1), rs.getString(2), rs.getLong(3),
                        EventHash.storedHash(rs.getBytes(4), EventHash.HASH)))
                .list().stream()
                .filter(head -> head.headHash() != null) // stored before chaining: nothing to hold it to
                .toList();
    }

    private long record(List<CheckpointHead> heads, long upTo) {
        long id = jdbc.sql("select nextval('audit_checkpoint_id_seq')").query(Long.class).single();
        Instant madeAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String root = MerkleRoot.of(heads);
        String signature = key.sign(CheckpointText.of(id, madeAt, upTo, heads.size(), root));
        jdbc.sql("""
                insert into audit_checkpoint (id, made_at, up_to_global_index, head_count, merkle_root, signature, key_id)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, Timestamp.from(madeAt), upTo, heads.size(), root, signature, key.id())
                .update();
        for (int i = 0; i < heads.size(); i++) {
            CheckpointHead head = heads.get(i);
            jdbc.sql("""
                    insert into audit_checkpoint_head (checkpoint_id, position, aggregate_type, aggregate_id, last_sequence,
                    head_hash) values (?, ?, ?, ?, ?, ?)""")
                    .params(id, i, head.aggregateType(), head.aggregateId(), head.lastSequence(), head.headHash())
                    .update();
        }
        return id;
    }
}
