package io.tianping.verification.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Prometheus, per platform: {@code tianping_webhook_deliveries_total} (notices delivered),
 * {@code tianping_webhook_failures_total} (attempts that failed and will be retried) and {@code tianping_webhook_pending}
 * (notices still owed: a growing number means the platform's endpoint is failing).
 */
@Component
class WebhookMetrics {

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> pending = new ConcurrentHashMap<>();

    WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void delivered(String platform) {
        counter("tianping.webhook.deliveries", platform).increment();
    }

    void failed(String platform) {
        counter("tianping.webhook.failures", platform).increment();
    }

    /** The counts of the outbox now; a platform not named is owed nothing. */
    void pending(Map<String, Long> byPlatform) {
        byPlatform.keySet().forEach(this::gauge);
        pending.forEach((platform, value) -> value.set(byPlatform.getOrDefault(platform, 0L)));
    }

    private AtomicLong gauge(String platform) {
        return pending.computeIfAbsent(platform, key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("tianping.webhook.pending", value, AtomicLong::get).tag("platform", key).register(registry);
            return value;
        });
    }

    private Counter counter(String name, String platform) {
        return counters.computeIfAbsent(name + '|' + platform,
                key -> Counter.builder(name).tag("platform", platform).register(registry));
    }
}
