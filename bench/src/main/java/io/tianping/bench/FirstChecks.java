package io.tianping.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Every listing checked for the first time, in batches from a few connections: each listing that passes is bound to
 * its certificate through the event store (one command each), which later checks of the same listing skip.
 */
final class FirstChecks {

    static final int CONNECTIONS = 4;

    private FirstChecks() {
    }

    /** Returns the seconds it took. */
    static double run(Http platform, List<String> batchBodies) throws Exception {
        long started = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<Http.Response>> answers = batchBodies.stream()
                    .map(body -> workers.submit(() -> platform.post(CheckLoad.BATCH, body).expect(200)))
                    .toList();
            for (Future<Http.Response> answer : answers) {
                answer.get();
            }
        } finally {
            workers.shutdown();
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
