package io.tianping.app.deadletter;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.messaging.deadletter.DeadLetter;

/**
 * When a dead letter is retried by itself: {@code first} after it was enqueued, then twice as long after each failed
 * retry, at most {@code max} apart. A cause that went away (a fixed handler, a repaired event, a service that answers
 * again) is noticed within seconds; one that stays costs a retry every {@code max}.
 *
 * @param first the wait before the first retry, also how often the queue is looked at
 *              ({@code tianping.dead-letters.retry-every})
 * @param max   the longest wait between two retries ({@code tianping.dead-letters.max-back-off})
 */
record RetryBackOff(Duration first, Duration max) {

    RetryBackOff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("retry back-off must be positive and max at least first: " + first + ", " + max);
        }
    }

    /** When the letter is due: its last touch plus the wait its number of failed retries has earned. */
    Instant nextRetryAt(DeadLetter<?> letter) {
        return letter.lastTouched().plus(wait(DeadLetterPolicy.retries(letter)));
    }

    boolean isDue(DeadLetter<?> letter, Instant now) {
        return !nextRetryAt(letter).isAfter(now);
    }

    Duration wait(int failedRetries) {
        Duration wait = first;
        for (int i = 0; i < failedRetries && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) < 0 ? wait : max;
    }
}
