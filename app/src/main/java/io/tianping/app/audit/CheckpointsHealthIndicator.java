package io.tianping.app.audit;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health component {@code checkpoints}: DEGRADED when no key is configured (the platform runs without checkpoints);
 * UP otherwise, with the interval and when the last checkpoint was made (none is made while no head changes).
 */
@Component
class CheckpointsHealthIndicator extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Deleting the last events of an aggregate could go unseen");

    private final CheckpointKey key;
    private final Checkpoints checkpoints;
    private final Duration every;

    CheckpointsHealthIndicator(CheckpointKey key, Checkpoints checkpoints,
                               @Value("${tianping.checkpoints.every:PT5M}") Duration every) {
        this.key = key;
        this.checkpoints = checkpoints;
        this.every = every;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        health.withDetail("every", every.toString());
        if (!key.present()) {
            health.status(DEGRADED).withDetail("key", "none: set tianping.checkpoints.key; no checkpoints are made");
            return;
        }
        checkpoints.latest().ifPresent(at -> health.withDetail("lastCheckpoint", at.toString()));
        health.withDetail("keyId", key.id()).status(Status.UP);
    }
}
