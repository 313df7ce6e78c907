package io.tianping.bench;

import io.tianping.bench.Certificates.Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Imports certificates as certification body 01 over the public API: either one per request
 * ({@code POST /api/v1/certificates}, then a suspension for the few that get one), from many connections; or in
 * batches ({@code POST /api/v1/certificates/batch}, {@value #BULK} per call and transaction, each suspended one with
 * its status).
 */
final class Importer {

    static final int API_CONNECTIONS = 32;
    static final int BULK = 100;
    static final int BULK_CONNECTIONS = 4;

    /** @param certificates issued, @param suspensions sent, @param seconds until the last one was stored */
    record Imported(int certificates, int suspensions, double seconds) { }

    private Importer() {
    }

    /** Certificates {@code from} (inclusive) to {@code to} (exclusive), one per request. */
    static Imported overApi(Http body, int from, int to) throws InterruptedException {
        var suspensions = new AtomicInteger();
        double seconds = run(from, to, 1, API_CONNECTIONS, i -> {
            Certificate certificate = Certificates.of(i);
            body.post("api/v1/certificates", certificate.json()).expect(201, 200);
            if (certificate.suspended()) {
                body.post("api/v1/certificates/" + certificate.number() + "/suspension",
                        Json.write(certificate.suspension())).expect(200);
                suspensions.incrementAndGet();
            }
        });
        return new Imported(to - from, suspensions.get(), seconds);
    }

    /** Certificates {@code from} (inclusive) to {@code to} (exclusive), {@value #BULK} per call of the public batch. */
    static Imported inBulk(Http body, int from, int to) throws InterruptedException {
        var suspensions = new AtomicInteger();
        double seconds = run(from, to, BULK, BULK_CONNECTIONS, first -> {
            var items = new ArrayList<Object>();
            for (int i = first; i < Math.min(to, first + BULK); i++) {
                Certificate certificate = Certificates.of(i);
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("certificate", certificate.body());
                if (certificate.suspended()) {
                    Map<String, Object> status = new LinkedHashMap<>(certificate.suspension());
                    status.put("status", "SUSPENDED");
                    item.put("status", status);
                    suspensions.incrementAndGet();
                }
                items.add(item);
            }
            body.post("api/v1/certificates/batch", Json.write(Map.of("items", items))).expect(200);
        });
        return new Imported(to - from, suspensions.get(), seconds);
    }

    private static double run(int from, int to, int step, int connections, IntConsumer task) throws InterruptedException {
        return Parallel.run("import", from, to, step, connections, task, "  imported %,d of %,d certificates (%.0f s)%n", null);
    }
}
