package io.tianping.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The platform's event processors as the benchmark's endpoints show them: how far behind, and replays. */
final class ReadSide {

    /** How often to ask: often enough for the figures, seldom enough not to load the platform. */
    static final long POLL_MILLIS = 200;
    /** A processor that has not moved for this long is stuck (e.g. refused by Elasticsearch again and again). */
    static final Duration STALLED = Duration.ofMinutes(5);

    private final Http platform;
    private final Http admin;

    ReadSide(Http platform, Http admin) {
        this.platform = platform;
        this.admin = admin;
    }

    /** The global index of the last event stored. */
    long head() {
        return platform.get("api/v1/bench/processors").expect(200).json().get("head").asLong();
    }

    /** Rows in {@code listing_check}: checks recorded for statistics. */
    long recordedChecks() {
        return platform.get("api/v1/bench/recorded-checks").expect(200).json().get("rows").asLong();
    }

    /** Bytes of answered checks still in the node's journal, not yet in {@code listing_check}. */
    long checkBacklog() {
        return platform.get("api/v1/bench/recorded-checks").expect(200).json().get("backlogBytes").asLong();
    }

    /** Stops, resets and restarts the processors: each empties its read model and rebuilds it from the first event. */
    void replay(Collection<String> processors) {
        admin.post("api/v1/bench/replay?processors=" + String.join(",", processors), "{}").expect(200);
    }

    /**
     * Waits until every named processor has reached the head of the store; returns, per processor, the seconds from
     * {@code since} (a {@link System#nanoTime()}) until it did.
     */
    Map<String, Double> awaitCaughtUp(Collection<String> processors, long since, Duration timeout)
            throws InterruptedException {
        var done = new LinkedHashMap<String, Double>();
        var seenBehind = new HashSet<String>();
        var furthest = new HashMap<String, Long>();
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastProgress = System.nanoTime();
        while (done.size() < processors.size()) {
            if (System.nanoTime() > deadline || System.nanoTime() - lastProgress > STALLED.toNanos()) {
                throw new IllegalStateException("processors not caught up (no progress for " + STALLED.toMinutes()
                        + " minutes, or " + timeout.toMinutes() + " minutes in all), see the platform's log: "
                        + platform.get("api/v1/bench/processors").body());
            }
            var positions = platform.get("api/v1/bench/processors").expect(200).json();
            long head = positions.get("head").asLong();
            double elapsed = (System.nanoTime() - since) / 1e9;
            for (String name : processors) {
                var position = positions.get("processors").get(name);
                if (position == null) {
                    throw new IllegalStateException("no streaming processor " + name + " in " + positions);
                }
                if (position.asLong() > furthest.getOrDefault(name, Long.MIN_VALUE)) {
                    furthest.put(name, position.asLong());
                    lastProgress = System.nanoTime();
                }
                if (position.asLong() < head) {
                    seenBehind.add(name);
                } else if (!done.containsKey(name) && (seenBehind.contains(name) || elapsed > 2)) {
                    done.put(name, elapsed);
                }
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
        return done;
    }
}
