package io.tianping.traceability.projection;

import io.tianping.traceability.api.SpotCheckResults;
import io.tianping.traceability.api.SpotCheckResults.SpotCheckResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The spot-check results a passport shows, through the {@link SpotCheckResults} port (spotcheck implements it; without
 * it there are none). Kept for {@link #FRESH} per model so scans do not ask for every request.
 */
@Component
public class SpotChecksOfModels {

    static final Duration FRESH = Duration.ofSeconds(30);
    private static final SpotCheckResults NONE = (catalogueCode, model) -> List.of();

    private record Cached(List<SpotCheckResult> results, Instant at) { }

    private final ObjectProvider<SpotCheckResults> port;
    private final Clock clock;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    SpotChecksOfModels(ObjectProvider<SpotCheckResults> port, Clock clock) {
        this.port = port;
        this.clock = clock;
    }

    public List<SpotCheckResult> of(String catalogueCode, String model) {
        String normalised = model.strip().toUpperCase(Locale.ROOT);
        String key = catalogueCode + "|" + normalised;
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached == null || cached.at().plus(FRESH).isBefore(now)) {
            cached = new Cached(List.copyOf(port.getIfAvailable(() -> NONE).forModel(catalogueCode, normalised)), now);
            cache.put(key, cached);
        }
        return cached.results();
    }
}
