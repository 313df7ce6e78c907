package io.tianping.app.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Walks an aggregate's chain: each event's stored hash must equal the hash recomputed from its stored bytes and the
 * previous event's hash, and sequence numbers must not skip (a deleted event). Events stored before chaining existed
 * carry no hash: they are counted as unchained, not as broken. Then holds the chain to the signed checkpoints: the
 * events must reach the highest sequence a checkpoint recorded (deleting the last events leaves a valid chain, but a
 * short one), and the event at each checkpointed sequence must still have the hash recorded for it.
 */
final class IntegrityCheck {

    /**
     * What the check found: {@code eventsChecked} up to the first broken one, whose sequence {@code firstBrokenSequence}
     * names (null when the history is intact); {@code unchained} events were stored before chaining existed.
     *
     * @param checkpoint           the checkpoint the history was held to: the one it contradicts when it does, else the
     *                             latest that recorded this aggregate; null when none did yet
     * @param checkpointedSequence the last sequence that checkpoint recorded for this aggregate
     * @param truncated            true when the history ends before {@code checkpointedSequence}: its last events are gone
     */
    record IntegrityReport(boolean intact, int eventsChecked, @Nullable Long firstBrokenSequence, int unchained, @Nullable Long checkpoint,
                           @Nullable Long checkpointedSequence, boolean truncated) { }

    private IntegrityCheck() {
    }

    static IntegrityReport of(List<StoredEvent> events, List<Checkpoints.Checkpointed> checkpointed) {
        IntegrityReport chain = of(events);
        var highest = checkpointed.stream()
                .max(Comparator.comparingLong(Checkpoints.Checkpointed::lastSequence)
                        .thenComparingLong(Checkpoints.Checkpointed::checkpoint));
        if (highest.isEmpty()) {
            return chain;
        }
        long lastStored = events.isEmpty() ? -1 : events.getLast().sequence();
        if (highest.get().lastSequence() > lastStored) {
            return broken(chain, lastStored + 1, highest.get(), true);
        }
        Map<Long, StoredEvent> bySequence = events.stream()
                .collect(Collectors.toMap(StoredEvent::sequence, Function.identity(), (a, b) -> a));
        for (Checkpoints.Checkpointed head : checkpointed) {
            StoredEvent event = bySequence.get(head.lastSequence());
            if (event == null || !head.headHash().equals(event.hash())) {
                return broken(chain, head.lastSequence(), head, false);
            }
        }
        return new IntegrityReport(chain.intact(), chain.eventsChecked(), chain.firstBrokenSequence(), chain.unchained(),
                highest.get().checkpoint(), highest.get().lastSequence(), false);
    }

    private static IntegrityReport broken(IntegrityReport chain, long sequence, Checkpoints.Checkpointed head,
                                          boolean truncated) {
        long first = chain.firstBrokenSequence() == null ? sequence : Math.min(sequence, chain.firstBrokenSequence());
        return new IntegrityReport(false, chain.eventsChecked(), first, chain.unchained(), head.checkpoint(),
                head.lastSequence(), truncated);
    }

    static IntegrityReport of(List<StoredEvent> events) {
        String previous = "";
        int unchained = 0;
        long expectedSequence = events.isEmpty() ? 0 : events.getFirst().sequence() == 0 ? 0 : -1;
        if (expectedSequence < 0) {
            return report(false, 0, 0L, 0); // the aggregate's first event is gone
        }
        for (StoredEvent event : events) {
            if (event.sequence() != expectedSequence) {
                return report(false, (int) expectedSequence, expectedSequence, unchained);
            }
            expectedSequence++;
            String stored = event.hash();
            if (stored == null && previous.isEmpty()) {
                unchained++;
                continue;
            }
            if (stored == null || !previous.equals(event.previousHash()) || !stored.equals(event.recomputedHash(previous))) {
                return report(false, (int) event.sequence() + 1, event.sequence(), unchained);
            }
            previous = stored;
        }
        return report(true, events.size(), null, unchained);
    }

    private static IntegrityReport report(boolean intact, int checked, Long firstBroken, int unchained) {
        return new IntegrityReport(intact, checked, firstBroken, unchained, null, null, false);
    }
}
