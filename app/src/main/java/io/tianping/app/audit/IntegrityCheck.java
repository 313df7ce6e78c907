package io.tianping.app.audit;

import java.util.List;

/**
 * Walks an aggregate's chain: each event's stored hash must equal the hash recomputed from its stored bytes and the
 * previous event's hash, and sequence numbers must not skip (a deleted event). Events stored before chaining existed
 * carry no hash: they are counted as unchained, not as broken.
 */
final class IntegrityCheck {

    /** What the check found; {@code firstBrokenSequence} is null when the history is intact. */
    record Result(boolean intact, int eventsChecked, Long firstBrokenSequence, int unchained) { }

    private IntegrityCheck() {
    }

    static Result of(List<StoredEvent> events) {
        String previous = "";
        int unchained = 0;
        long expectedSequence = events.isEmpty() ? 0 : events.getFirst().sequence() == 0 ? 0 : -1;
        if (expectedSequence < 0) {
            return new Result(false, 0, 0L, 0); // the aggregate's first event is gone
        }
        for (StoredEvent event : events) {
            if (event.sequence() != expectedSequence) {
                return new Result(false, (int) expectedSequence, expectedSequence, unchained);
            }
            expectedSequence++;
            String stored = event.hash();
            if (stored == null && previous.isEmpty()) {
                unchained++;
                continue;
            }
            if (stored == null || !previous.equals(event.previousHash()) || !stored.equals(event.recomputedHash(previous))) {
                return new Result(false, (int) event.sequence() + 1, event.sequence(), unchained);
            }
            previous = stored;
        }
        return new Result(true, events.size(), null, unchained);
    }
}
