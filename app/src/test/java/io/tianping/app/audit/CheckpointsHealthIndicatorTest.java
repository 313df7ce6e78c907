package io.tianping.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** With a database of one's own and no key, the platform runs without checkpoints, and its health says so. */
class CheckpointsHealthIndicatorTest {

    @Test
    void noKeyWithAnExternalDatabaseMeansNoCheckpointsAndADegradedHealth() {
        var key = new CheckpointKey("", "jdbc:postgresql://db.example/tianping", Path.of("never-written"));
        assertThat(key.present()).isFalse();
        assertThat(Path.of("never-written")).doesNotExist();

        var health = new CheckpointsHealthIndicator(key, null, Duration.ofMinutes(5)).health();
        assertThat(health.getStatus()).isEqualTo(CheckpointsHealthIndicator.DEGRADED);
        assertThat(health.getDetails().get("key").toString()).contains("tianping.checkpoints.key");
        var checkpointer = new Checkpointer(null, null, key, null);
        checkpointer.onSchedule(); // does nothing, and says nothing more than the start did
        assertThatThrownBy(checkpointer::checkpoint).hasMessageContaining("checkpoints are off");
    }
}
