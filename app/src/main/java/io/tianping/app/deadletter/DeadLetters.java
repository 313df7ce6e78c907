package io.tianping.app.deadletter;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

/**
 * What can be done with a group's dead letters: read them, retry them (all now, or those whose back-off is over), and
 * evict a sequence for good. Retries of one group take turns on this node, so an administrator's retry never finds
 * the letters claimed by the scheduled one.
 */
@Component
class DeadLetters {

    private final DeadLetterQueues queues;
    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;
    private final RetryBackOff backOff;
    private final Map<String, ReentrantLock> turns = new ConcurrentHashMap<>();

    DeadLetters(DeadLetterQueues queues, EventProcessingConfiguration processing, TransactionManager transactions,
                RetryBackOff backOff) {
        this.queues = queues;
        this.processing = processing;
        this.transactions = transactions;
        this.backOff = backOff;
    }

    /**
     * @param sequencesRetried sequences whose first letter was handled again
     * @param sequencesCleared of those, the sequences that left the queue: every letter was handled
     * @param lettersLeft      letters the group still holds
     */
    record Retry(String processingGroup, int sequencesRetried, int sequencesCleared, long lettersLeft) { }

    boolean exists(String processingGroup) {
        return queues.processingGroups().contains(processingGroup);
    }

    /** The group's letters, sequence by sequence (the longest-untouched first), at most {@code limit}. */
    List<Letter> letters(String processingGroup, int limit) {
        var letters = new LinkedHashMap<String, Letter>(); // by letter id: Axon's paging repeats letters past the 100th
        for (var sequence : queue(processingGroup).deadLetters()) {
            boolean first = true;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letters.size() >= limit) {
                    return List.copyOf(letters.values());
                }
                letters.putIfAbsent(letterId(letter),
                        Letter.of(letter, letterId(letter), sequenceOf(letter), first ? backOff : null));
                first = false;
            }
        }
        return List.copyOf(letters.values());
    }

    /** Retries the group's sequences, each once: all of them, or only those whose back-off is over. */
    Retry retry(String processingGroup, boolean onlyDue) {
        var processor = processing.sequencedDeadLetterProcessor(processingGroup).orElseThrow(() ->
                new IllegalStateException("Processing group " + processingGroup + " has no dead-lettering processor here"));
        Instant now = Instant.now();
        return inTurn(processingGroup, () -> {
            var tried = new HashSet<String>();
            int retried = 0;
            int cleared = 0;
            while (true) { // Axon offers the ten claimable sequences touched longest ago: a failed one moves to the back
                boolean[] picked = {false};
                boolean processed = processor.process(letter -> {
                    boolean take = (!onlyDue || backOff.isDue(letter, now)) && tried.add(sequenceOf(letter));
                    picked[0] |= take;
                    return take;
                });
                if (!picked[0]) {
                    return new Retry(processingGroup, retried, cleared, queue(processingGroup).size());
                }
                retried++;
                cleared += processed ? 1 : 0;
            }
        });
    }

    /**
     * Evicts a sequence, named by its identifier (the aggregate's) or by the id of one of its letters (for an
     * identifier that cannot be written in a path); the event ids of its letters, none if there is no such sequence.
     */
    List<String> evict(String processingGroup, String sequenceOrLetterId) {
        var queue = queue(processingGroup);
        return inTurn(processingGroup, () -> sequenceOf(queue, sequenceOrLetterId).map(sequence -> {
            var letters = new LinkedHashMap<String, DeadLetter<? extends EventMessage<?>>>();
            queue.deadLetterSequence(sequence).forEach(letter -> letters.putIfAbsent(letterId(letter), letter));
            transactions.executeInTransaction(() -> letters.values().forEach(queue::evict));
            return letters.values().stream().map(letter -> letter.message().getIdentifier()).toList();
        }).orElse(List.of()));
    }

    private static String letterId(DeadLetter<?> letter) {
        return letter instanceof JdbcDeadLetter<?> stored ? stored.getIdentifier() : letter.message().getIdentifier();
    }

    private static String sequenceOf(DeadLetter<?> letter) {
        return letter instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIdentifier() : letter.message().getIdentifier();
    }

    private static Optional<String> sequenceOf(SequencedDeadLetterQueue<EventMessage<?>> queue, String sequenceOrLetterId) {
        if (queue.contains(sequenceOrLetterId)) {
            return Optional.of(sequenceOrLetterId);
        }
        for (var sequence : queue.deadLetters()) {
            for (var letter : sequence) {
                if (letter instanceof JdbcDeadLetter<?> stored && stored.getIdentifier().equals(sequenceOrLetterId)) {
                    return Optional.of(stored.getSequenceIdentifier());
                }
            }
        }
        return Optional.empty();
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processingGroup) {
        return queues.of(processingGroup).orElseThrow(() ->
                new IllegalArgumentException("No processing group " + processingGroup));
    }

    private <T> T inTurn(String processingGroup, Supplier<T> work) {
        var turn = turns.computeIfAbsent(processingGroup, group -> new ReentrantLock());
        turn.lock();
        try {
            return work.get();
        } finally {
            turn.unlock();
        }
    }
}
