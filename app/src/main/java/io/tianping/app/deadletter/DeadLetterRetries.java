package io.tianping.app.deadletter;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries dead letters by themselves, so read models and reactions catch up without anyone asking once the cause is
 * gone: every {@code tianping.dead-letters.retry-every}, each sequence whose back-off is over ({@link RetryBackOff}).
 * A retry that cannot even record its outcome (the database is down, or a projection's batched write fails as the
 * retry commits, which rolls the whole retry back) holds that group back with the same doubling back-off.
 */
@Component
class DeadLetterRetries {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetries.class);

    private final DeadLetters deadLetters;
    private final DeadLetterQueues queues;
    private final RetryBackOff backOff;
    private final Map<String, Failing> failing = new ConcurrentHashMap<>();

    private record Failing(int times, Instant until) { }

    DeadLetterRetries(DeadLetters deadLetters, DeadLetterQueues queues, RetryBackOff backOff) {
        this.deadLetters = deadLetters;
        this.queues = queues;
        this.backOff = backOff;
    }

    @Scheduled(fixedDelayString = "${tianping.dead-letters.retry-every:PT10S}",
            initialDelayString = "${tianping.dead-letters.retry-every:PT10S}")
    void retryDue() {
        Map<String, DeadLetterQueues.Count> holding;
        try {
            holding = queues.counts();
        } catch (RuntimeException e) {
            log.warn("Could not look for dead letters to retry: {}", e.toString());
            return;
        }
        for (String group : holding.keySet()) {
            Failing failed = failing.get(group);
            if (failed == null || Instant.now().isAfter(failed.until())) {
                retry(group, failed == null ? 0 : failed.times());
            }
        }
    }

    private void retry(String group, int failedBefore) {
        try {
            var retry = deadLetters.retry(group, true);
            failing.remove(group);
            if (retry.sequencesCleared() > 0) {
                log.info("Retried dead letters of {}: {} sequences, {} cleared, {} letters left", group,
                        retry.sequencesRetried(), retry.sequencesCleared(), retry.lettersLeft());
            } else if (retry.sequencesRetried() > 0) {
                log.debug("Retried dead letters of {}: {} sequences, none cleared", group, retry.sequencesRetried());
            }
        } catch (RuntimeException e) {
            var wait = backOff.wait(failedBefore);
            failing.put(group, new Failing(failedBefore + 1, Instant.now().plus(wait)));
            log.warn("Retrying the dead letters of {} failed and was rolled back; next attempt in {}", group, wait, e);
        }
    }
}
