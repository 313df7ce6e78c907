package io.tianping.verification.webhook;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox owes. Every {@code tianping.webhooks.poll} it hands each platform whose oldest owed notice is
 * due to a small pool of workers ({@code tianping.webhooks.workers}); a platform is worked on by one worker of one node
 * at a time (a lease in {@code webhook_subscription}), which sends its notices in order and stops at the first failure.
 * A failed notice is tried again after {@code retry-after}, then twice as long after each failure, at most
 * {@code max-back-off} apart; the notices after it wait. Nothing here runs on a request's thread: a dead endpoint
 * costs one worker at most {@link WebhookSender#TIMEOUT} per attempt, and nothing else.
 */
@Component
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int NOTICES_PER_TURN = 50;

    private final WebhookOutbox outbox;
    private final WebhookSubscriptions subscriptions;
    private final WebhookSender sender;
    private final WebhookMetrics metrics;
    private final Clock clock;
    private final Duration retryAfter;
    private final Duration maxBackOff;
    private final String node = UUID.randomUUID().toString();
    private final Set<String> working = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor workers;

    WebhookDispatcher(WebhookOutbox outbox, WebhookSubscriptions subscriptions, WebhookSender sender,
                      WebhookMetrics metrics, Clock clock,
                      @Value("${tianping.webhooks.workers:8}") int workers,
                      @Value("${tianping.webhooks.retry-after:PT1S}") Duration retryAfter,
                      @Value("${tianping.webhooks.max-back-off:PT10M}") Duration maxBackOff) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.metrics = metrics;
        this.clock = clock;
        this.retryAfter = retryAfter;
        this.maxBackOff = maxBackOff;
        this.workers = new ThreadPoolExecutor(workers, workers, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(10_000),
                Thread.ofPlatform().name("webhook-", 0).daemon().factory());
    }

    /** Hands every platform that is owed a due notice to a worker; returns how many it handed over. */
    @Scheduled(fixedDelayString = "${tianping.webhooks.poll:PT1S}", initialDelayString = "PT5S")
    public int dispatch() {
        int handed = 0;
        for (String platform : outbox.platformsDue(clock.instant())) {
            if (!working.add(platform)) {
                continue;
            }
            try {
                workers.execute(() -> turn(platform));
                handed++;
            } catch (RejectedExecutionException e) {
                working.remove(platform);
            }
        }
        metrics.pending(outbox.pendingByPlatform());
        return handed;
    }

    /** How long to wait after the {@code failures}-th failed attempt of a notice. */
    static Duration backOff(int failures, Duration first, Duration max) {
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 30));
        return wait.compareTo(max) > 0 || wait.isNegative() ? max : wait;
    }

    private void turn(String platform) {
        try {
            Instant now = clock.instant();
            Duration lease = WebhookSender.TIMEOUT.multipliedBy(2L * NOTICES_PER_TURN);
            if (!subscriptions.lease(platform, node, now, now.plus(lease))) {
                return;
            }
            try {
                for (int sent = 0; sent < NOTICES_PER_TURN && sendHead(platform); sent++) {
                    // the next notice of this platform, in order
                }
            } finally {
                subscriptions.release(platform, node);
            }
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries to {} stopped for now: {}", platform, e.toString());
        } finally {
            working.remove(platform);
        }
    }

    /** Sends the platform's oldest owed notice if it is due; true when it was delivered and the next may go. */
    private boolean sendHead(String platform) {
        var subscription = subscriptions.find(platform);
        var head = outbox.head(platform);
        if (subscription.isEmpty() || head.isEmpty() || head.get().nextAttemptAt().isAfter(clock.instant())) {
            return false;
        }
        var outcome = sender.send(subscription.get(), head.get());
        Instant now = clock.instant();
        if (outcome.delivered()) {
            outbox.delivered(head.get().id(), now);
            metrics.delivered(platform);
            return true;
        }
        int failures = head.get().attempts() + 1;
        outbox.failed(head.get().id(), now.plus(backOff(failures, retryAfter, maxBackOff)), outcome.error());
        metrics.failed(platform);
        log.info("Webhook delivery {} of notice {} to {} failed (attempt {}): {}", head.get().deliveryId(),
                head.get().noticeId(), platform, failures, outcome.error());
        return false;
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
