package io.tianping.app.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;

/** A dead letter is retried soon after it arrives, then less and less often, but never less than every max. */
class RetryBackOffTest {

    private final RetryBackOff backOff = new RetryBackOff(Duration.ofSeconds(10), Duration.ofMinutes(10));

    @Test
    void theWaitDoublesWithEachFailedRetryUpToTheMaximum() {
        assertThat(backOff.wait(0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backOff.wait(1)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backOff.wait(5)).isEqualTo(Duration.ofSeconds(320));
        assertThat(backOff.wait(6)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backOff.wait(1000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aLetterIsDueOnceItsWaitSinceItWasLastTouchedIsOver() {
        Instant touched = Instant.parse("2026-11-30T08:00:00Z");
        var letter = new GenericDeadLetter<>("certificate-1", GenericEventMessage.asEventMessage("issued"), null,
                touched, touched, MetaData.with(DeadLetterPolicy.RETRIES, 2));

        assertThat(backOff.nextRetryAt(letter)).isEqualTo(touched.plusSeconds(40));
        assertThat(backOff.isDue(letter, touched.plusSeconds(39))).isFalse();
        assertThat(backOff.isDue(letter, touched.plusSeconds(40))).isTrue();
    }
}
