package io.tianping.verification.check;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.verification.api.InterceptReason;
import io.tianping.verification.api.ListingVerdict;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Prometheus counters per platform: {@code tianping_listing_checks_total{platform,verdict}} and
 * {@code tianping_listing_interceptions_total{platform,reason}}. Counters are cached: the check path must not
 * build meters per call.
 */
@Component
class CheckMetrics {

    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();

    CheckMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(PlatformId platform, ListingVerdict verdict) {
        counter("tianping.listing.checks", platform, "verdict", verdict.verdict().name()).increment();
        for (InterceptReason reason : verdict.reasons()) {
            counter("tianping.listing.interceptions", platform, "reason", reason.name()).increment();
        }
    }

    private Counter counter(String name, PlatformId platform, String tag, String value) {
        return counters.computeIfAbsent(name + '|' + platform.value() + '|' + value, key -> Counter.builder(name)
                .tag("platform", platform.value())
                .tag(tag, value)
                .register(registry));
    }
}
