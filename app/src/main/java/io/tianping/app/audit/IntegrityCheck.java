package io.tianping.app.audit;

import java.util.List;

/**
 * Walks an aggregate's chain: each event's stored hash must equal the hash recomputed from its stored bytes and the
 * previous event's hash, and sequence numbers must not skip (a deleted event). Events stored before chaining existed
 * carry no hash: they are counted as unchained, not as broken.
 */
final class IntegrityCheck {

    /**
     * What the check found: {@code eventsChecked} up to the first broken one, whose sequence {@code firstBrokenSequence}
     * names (null when the history is intact); {@code unchained} events were stored before chaining existed.
     */
    record IntegrityReport(boolean intact, int eventsChecked, Long firstBrokenSequence, int unchained) { }

    private IntegrityCheck() {
    }

    static IntegrityReport of(List<StoredEvent> events) {
        String previous = "";
        int unchained = 0;
        long expectedSequence = events.isEmpty() ? 0 : events.getFirst().sequence() == 0 ? 0 : -1;
        if (expectedSequence < 0) {
            return new IntegrityReport(false, 0, 0L, 0); // the aggregate's first event is gone
        }
        for (StoredEvent event : events) {
            if (event.sequence() != expectedSequence) {
                return new IntegrityReport(false, (int) expectedSequence, expectedSequence, unchained);
            }
            expectedSequence++;
            String stored = event.hash();
            if (stored == null && previous.isEmpty()) {
                unchained++;
                continue;
            }
            if (stored == null || !previous.equals(event.previousHash()) || !stored.equals(event.recomputedHash(previous))) {
                return new IntegrityReport(false, (int) event.sequence() + 1, event.sequence(), unchained);
            }
            previous = stored;
        }
        return new IntegrityReport(true, events.size(), null, unchained);
    }
}
