package io.tianping.app.deadletter;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dead-letter queue of each processing group, as Axon built them, and how many letters they hold. Only groups
 * that have handlers are here: asking Axon for another group's queue would make it build one.
 */
@Component
public class DeadLetterQueues {

    private final Map<String, SequencedDeadLetterQueue<EventMessage<?>>> queues = new ConcurrentSkipListMap<>();
    private final JdbcClient jdbc;

    DeadLetterQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A group's letters: how many aggregates are held back (sequences) and how many events in all (letters). */
    public record Count(long sequences, long letters) {

        public static final Count NONE = new Count(0, 0);
    }

    SequencedDeadLetterQueue<EventMessage<?>> add(String processingGroup, SequencedDeadLetterQueue<EventMessage<?>> queue) {
        queues.put(processingGroup, queue);
        return queue;
    }

    public Set<String> processingGroups() {
        return queues.keySet();
    }

    Optional<SequencedDeadLetterQueue<EventMessage<?>>> of(String processingGroup) {
        return Optional.ofNullable(queues.get(processingGroup));
    }

    /**
     * The groups of this application that hold letters, with their counts, in one query (health reads it on every
     * probe). Letters of a group the application no longer has wait for nothing: they are left out.
     */
    public Map<String, Count> counts() {
        var counts = new TreeMap<String, Count>();
        jdbc.sql("""
                        select processing_group, count(distinct sequence_identifier), count(*) from dead_letter_entry
                        group by processing_group""")
                .query(rs -> {
                    counts.put(rs.getString(1), new Count(rs.getLong(2), rs.getLong(3)));
                });
        counts.keySet().retainAll(queues.keySet());
        return counts;
    }
}
