package io.tianping.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Listing checks under load from wrk: single checks and the ceiling (the same request to an endpoint that only
 * answers), at 16 and 64 connections, one after the other on the same warm server; and batches of 1,000.
 */
final class CheckLoad {

    static final String CHECK = "api/v1/listing-checks";
    static final String BATCH = "api/v1/listing-checks/batch";
    static final String CEILING = "api/v1/bench/ceiling";
    static final List<Integer> CONNECTIONS = List.of(16, 64);
    static final int BATCH_CONNECTIONS = 4;
    static final Duration WARM_UP = Duration.ofSeconds(10);

    private final Wrk wrk;
    private final Path singles;
    private final Path batches;
    private final Duration run;
    private long checksSent;

    CheckLoad(Wrk wrk, Path singles, Path batches, Duration run) {
        this.wrk = wrk;
        this.singles = singles;
        this.batches = batches;
        this.run = run;
    }

    /** Warms both endpoints up, then for each connection count: the ceiling, then the check. */
    List<Wrk.Run> singleChecks(URI base) throws IOException, InterruptedException {
        wrk.run("warm-up ceiling", base.resolve(CEILING), singles, Http.PLATFORM_KEY, 64, WARM_UP).checked();
        checksSent += wrk.run("warm-up check", base.resolve(CHECK), singles, Http.PLATFORM_KEY, 64,
                WARM_UP).checked().requests();
        var runs = new ArrayList<Wrk.Run>();
        for (int connections : CONNECTIONS) {
            runs.add(wrk.run("ceiling", base.resolve(CEILING), singles, Http.PLATFORM_KEY, connections, run).printed());
            Wrk.Run check = wrk.run("check", base.resolve(CHECK), singles, Http.PLATFORM_KEY, connections,
                    run).printed();
            checksSent += check.requests();
            runs.add(check);
        }
        return runs;
    }

    /** Batches of 1,000 listings from {@value #BATCH_CONNECTIONS} connections. */
    Wrk.Run batches(URI base) throws IOException, InterruptedException {
        var warmUp = wrk.run("warm-up batch", base.resolve(BATCH), batches, Http.PLATFORM_KEY, BATCH_CONNECTIONS,
                WARM_UP).checked();
        var batch = wrk.run("batch", base.resolve(BATCH), batches, Http.PLATFORM_KEY, BATCH_CONNECTIONS, run).printed();
        checksSent += (warmUp.requests() + batch.requests()) * Listings.BATCH;
        return batch;
    }

    /** Listings checked through wrk so far, warm-ups included. */
    long checksSent() {
        return checksSent;
    }

    static Wrk.Run find(List<Wrk.Run> runs, String name, int connections) {
        return runs.stream().filter(r -> r.name().equals(name) && r.connections() == connections).findFirst().orElseThrow();
    }
}
