package io.tianping.bench;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * EPCIS capture over HTTP (issue 13): the demo manufacturer registers one GTIN on a certificate of its own, then
 * commissions serials {@code S0 … S(n-1)} of it, documents of {@value #EVENTS_PER_DOCUMENT} ObjectEvents (one serial
 * each) posted to {@code POST /api/v1/traceability/epcis/capture} from {@value #CONNECTIONS} connections, each
 * connection waiting for its job to finish before it posts the next. Validation (JSON Schema, CBV, check digits,
 * Digital Link syntax) runs as it does for every caller. Timed until every job is done.
 */
final class Capture {

    static final String MANUFACTURER_KEY = "demo-manufacturer-key";
    static final String MANUFACTURER = "91330100716105852F";
    static final String GTIN = "06901234567892";
    static final String CERTIFICATE = "2025010717999999";
    static final String MODEL = "SWF-17E";
    static final int EVENTS_PER_DOCUMENT = 1_000;
    static final int CONNECTIONS = 4;

    /** @param events captured, @param jobs posted, @param failed jobs that did not succeed, @param seconds until all done */
    record Captured(long events, int jobs, int failed, int refusedBusy, double seconds) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    private Capture() {
    }

    /** The certificate (body 01) naming the demo manufacturer, and the GTIN registered on it. */
    static void registerProduct(Http body, Http manufacturer) {
        body.post("api/v1/certificates", """
                {"number":"%s","holder":{"name":"浙江苏泊尔家电制造有限公司","creditCode":"%s"},
                 "manufacturer":{"name":"浙江苏泊尔家电制造有限公司","creditCode":"%s"},
                 "factory":{"name":"苏泊尔杭州工厂","address":"浙江省杭州市萧山区"},"productName":"电热水壶",
                 "catalogueCode":"0717","models":["%s"],"standards":["GB 4706.1-2005"],
                 "issuedOn":"2025-03-01","validUntil":"2030-02-28"}""".formatted(CERTIFICATE, MANUFACTURER, MANUFACTURER, MODEL))
                .expect(201, 200);
        manufacturer.post("api/v1/traceability/products", """
                {"gtin":"%s","name":"苏泊尔电热水壶 1.7L","model":"%s","certificateNumber":"%s"}"""
                .formatted(GTIN, MODEL, CERTIFICATE)).expect(201, 200);
    }

    /** Commissions serials {@code from} (inclusive) to {@code to} (exclusive). */
    static Captured commission(Http manufacturer, int from, int to) throws InterruptedException {
        var failed = new AtomicInteger();
        var busy = new AtomicInteger();
        var jobs = new AtomicInteger();
        var events = new AtomicLong();
        double seconds = Parallel.run("capture", from, to, EVENTS_PER_DOCUMENT, CONNECTIONS, first -> {
            var job = captureOne(manufacturer, document(first, Math.min(to, first + EVENTS_PER_DOCUMENT)), busy);
            jobs.incrementAndGet();
            events.addAndGet(job.path("eventsCaptured").asLong());
            if (!job.path("success").asBoolean()) {
                failed.incrementAndGet();
                System.out.println("  capture job failed: " + job);
            }
        }, "  captured %,d of %,d events (%.0f s)%n", events::get);
        return new Captured(events.get(), jobs.get(), failed.get(), busy.get(), seconds);
    }

    /** Posts one document (again after a 503 while the workers' queue is full) and waits for its job. */
    private static com.fasterxml.jackson.databind.JsonNode captureOne(Http manufacturer, String document, AtomicInteger busy) {
        Http.Response accepted;
        while ((accepted = manufacturer.post("api/v1/traceability/epcis/capture", document)).status() == 503) {
            busy.incrementAndGet();
            pause(50);
        }
        String location = accepted.expect(202).location();
        while (true) {
            var job = manufacturer.get(location.substring(1)).expect(200).json();
            if (!job.path("running").asBoolean()) {
                return job;
            }
            pause(10);
        }
    }

    /** An EPCIS 2.0 document commissioning serials {@code from} to {@code to} (exclusive), one ObjectEvent each. */
    static String document(int from, int to) {
        var events = new ArrayList<String>(to - from);
        for (int i = from; i < to; i++) {
            events.add("""
                    {"type":"ObjectEvent","eventTime":"2026-11-01T08:00:00+08:00","eventTimeZoneOffset":"+08:00",\
                    "epcList":["https://id.gs1.org/01/%s/21/S%d"],"action":"ADD","bizStep":"commissioning",\
                    "disposition":"active","readPoint":{"id":"urn:epc:id:sgln:6901234.00001.0"}}""".formatted(GTIN, i));
        }
        return """
                {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument",\
                "schemaVersion":"2.0","creationDate":"2026-11-01T08:00:00Z","epcisBody":{"eventList":[%s]}}"""
                .formatted(String.join(",", events));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
