package io.tianping.bench;

import java.util.ArrayList;
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

    /**
     * Returns the seconds it took. Fails when any verdict is not the one the listing deserves: a fast wrong answer is
     * no figure (the benchmark found a check index that applied a batch's suspensions before its issues this way).
     */
    static double run(Http platform, Listings listings) throws Exception {
        long started = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS);
        List<Http.Response> answers = new ArrayList<>();
        try {
            List<Future<Http.Response>> pending = listings.batchBodies().stream()
                    .map(body -> workers.submit(() -> platform.post(CheckLoad.BATCH, body).expect(200)))
                    .toList();
            for (Future<Http.Response> answer : pending) {
                answers.add(answer.get());
            }
        } finally {
            workers.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int j = 0;
        int wrong = 0;
        for (Http.Response answer : answers) {
            for (var result : answer.json().get("results")) {
                if (!result.get("verdict").asText().equals(listings.verdict(j++))) {
                    wrong++;
                }
            }
        }
        if (wrong > 0) {
            throw new IllegalStateException("%,d of %,d listings got another verdict than their certificates give them"
                    .formatted(wrong, j));
        }
        return seconds;
    }
}
