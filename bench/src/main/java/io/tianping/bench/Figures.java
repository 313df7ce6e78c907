package io.tianping.bench;

import static io.tianping.bench.Bench.map;
import static io.tianping.bench.Report.millis;
import static io.tianping.bench.Report.rate;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Turns what each step measured into the table's rows (against issue 6's targets) and the JSON's figures. */
final class Figures {

    static final double IMPORT_TARGET = 1_000_000 / 300.0;
    static final double BATCH_TARGET = 50_000;
    static final double REPLAY_TARGET = 20_000;
    static final double SEARCH_P99_TARGET = 50;

    private final Report report;

    Figures(Report report) {
        this.report = report;
    }

    void importedOverApi(Importer.Imported imported, Map<String, Double> caughtUp) {
        double seconds = Collections.max(caughtUp.values());
        report.row("import over the public API, one certificate per request, %d connections".formatted(Importer.API_CONNECTIONS),
                "%s stored, %s with projections caught up (%,d certificates)".formatted(rate(imported.certificates() / imported.seconds()),
                        rate(imported.certificates() / seconds), imported.certificates()));
        report.put("importOverApi", map("certificates", imported.certificates(), "suspensions", imported.suspensions(),
                "storedSeconds", imported.seconds(), "caughtUpSeconds", caughtUp));
    }

    void importedInBulk(Importer.Imported imported, Map<String, Double> caughtUp, long events) {
        double seconds = Collections.max(caughtUp.values());
        double rate = imported.certificates() / seconds;
        report.row("import in batches (POST /api/v1/certificates/batch), %d per call and transaction, %d connections, projections caught up"
                        .formatted(Importer.BULK, Importer.BULK_CONNECTIONS),
                "%s (%,d in %.0f s; stored at %s)".formatted(rate(rate), imported.certificates(), seconds,
                        rate(imported.certificates() / imported.seconds())),
                "1,000,000 in ≤ 5 min (≥ 3,333/s)", rate >= IMPORT_TARGET);
        report.put("importInBulk", map("certificates", imported.certificates(), "suspensions", imported.suspensions(),
                "events", events, "storedSeconds", imported.seconds(), "caughtUpSeconds", caughtUp,
                "certificatesPerSecond", rate));
    }

    void batches(int listings, double firstSeconds, Wrk.Run batch) {
        double rate = batch.requestsPerSecond() * Listings.BATCH;
        report.row("first checks in batches of 1,000 (each pass binds its listing)",
                "%s (%,d in %.1f s)".formatted(rate(listings / firstSeconds), listings, firstSeconds));
        report.row("batch checks, 1,000 per call, %d connections".formatted(batch.connections()),
                "%s (p50 %s, p99 %s per call)".formatted(rate(rate), millis(batch.p50()), millis(batch.p99())),
                "≥ 50,000/s", rate >= BATCH_TARGET);
        report.put("firstChecks", map("listings", listings, "seconds", firstSeconds));
        report.put("batch", map("run", batch, "listingsPerSecond", rate));
    }

    void singleChecks(List<Wrk.Run> runs, String recording) {
        for (int connections : CheckLoad.CONNECTIONS) {
            var ceiling = CheckLoad.find(runs, "ceiling", connections);
            var check = CheckLoad.find(runs, "check", connections);
            double ratio = check.requestsPerSecond() / ceiling.requestsPerSecond();
            double p99Ratio = check.p99() / ceiling.p99();
            String throughput = "%s = %.2f × ceiling %s".formatted(rate(check.requestsPerSecond()), ratio,
                    rate(ceiling.requestsPerSecond()));
            String latency = "p99 %s = %.2f × ceiling %s (p50 %s, ceiling %s)".formatted(millis(check.p99()), p99Ratio,
                    millis(ceiling.p99()), millis(check.p50()), millis(ceiling.p50()));
            String what = "single checks, %d connections, %s".formatted(connections, recording);
            if (connections == 64) {
                report.row(what, throughput, "≥ 0.6 × ceiling", ratio >= 0.6);
                report.row(what + ", latency", latency);
            } else {
                report.row(what, throughput);
                report.row(what + ", latency", latency, "p99 ≤ 2 × ceiling p99", p99Ratio <= 2);
            }
        }
        report.put("singleChecks " + recording, runs);
    }

    // wrk does not count the requests still in flight when a run ends, so a few more rows than requests are normal
    // (issue 16) a check answered and not recorded fails the benchmark, after its figures are written
    void recorded(String checks, long rows, long sent) {
        report.row("%s recorded for statistics".formatted(checks), rows >= sent
                ? "all: %,d rows for %,d checks counted by wrk".formatted(rows, sent)
                : "%,d of %,d (%,d missing, %.0f%%)".formatted(rows, sent, sent - rows, 100.0 * (sent - rows) / sent),
                "every check", rows >= sent);
        report.put("recorded " + checks, map("sent", sent, "recorded", rows));
        if (rows < sent) {
            missing.add("%s: %,d of %,d checks not recorded".formatted(checks, sent - rows, sent));
        }
    }

    /** What the run found missing; the benchmark fails when it is not empty. */
    java.util.List<String> missing() {
        return missing;
    }

    private final java.util.List<String> missing = new java.util.ArrayList<>();

    void search(List<SearchLatency.Latency> latencies) {
        for (var latency : latencies) {
            report.row("search, %s queries, one client".formatted(latency.kind()), "p99 %s (p50 %s, median hits %,d)"
                    .formatted(millis(latency.p99()), millis(latency.p50()), latency.medianHits()),
                    "p99 ≤ 50 ms", latency.p99() <= SEARCH_P99_TARGET);
        }
        report.put("search", latencies);
    }

    void replay(long events, Map<String, Double> caughtUp) {
        double seconds = Collections.max(caughtUp.values());
        double rate = events / seconds;
        report.row("replay: verification's %d projections from the event store".formatted(caughtUp.size()),
                "%s (%,d events in %.1f s)".formatted(rate(rate), events, seconds), "≥ 20,000 events/s",
                rate >= REPLAY_TARGET);
        report.put("replay", map("events", events, "seconds", caughtUp, "eventsPerSecond", rate));
    }

    void replayedAlone(String processor, long events, double seconds) {
        report.row("replay of %s alone".formatted(processor), "%s (%,d events in %.1f s)"
                .formatted(rate(events / seconds), events, seconds));
        report.put("replayAlone-" + processor, map("events", events, "seconds", seconds, "eventsPerSecond", events / seconds));
    }

    void restart(double startSeconds, Platform.IndexLoad load) {
        String index = load == null ? "not logged" : "%s (%,d events in %.1f s)"
                .formatted(rate(load.events() * 1000.0 / Math.max(1, load.millis())), load.events(), load.millis() / 1000.0);
        report.row("restart: serving after", "%.1f s; check index loaded at %s".formatted(startSeconds, index));
        report.put("restart", map("seconds", startSeconds, "indexLoad", load));
    }

    static final double CAPTURE_TARGET = 10_000;

    void captured(int warmUp, Capture.Captured captured) {
        report.row("EPCIS capture over HTTP, documents of %,d commissioning ObjectEvents, %d connections, validation included"
                        .formatted(Capture.EVENTS_PER_DOCUMENT, Capture.CONNECTIONS),
                "%s (%,d events in %.1f s, %,d jobs; after %,d warm-up events)".formatted(rate(captured.eventsPerSecond()),
                        captured.events(), captured.seconds(), captured.jobs(), warmUp),
                "≥ 10,000 events/s", captured.eventsPerSecond() >= CAPTURE_TARGET);
        report.row("EPCIS capture jobs failed", "%d of %d (%d posts answered 503 while the capture queue was full, and resent)"
                .formatted(captured.failed(), captured.jobs(), captured.refusedBusy()), "0", captured.failed() == 0);
        report.put("capture", map("warmUpEvents", warmUp, "run", captured, "eventsPerSecond", captured.eventsPerSecond()));
        if (captured.failed() > 0) {
            missing.add("%d capture jobs failed".formatted(captured.failed()));
        }
    }

    void scans(int items, int verified, List<Wrk.Run> runs) {
        var ceiling64 = CheckLoad.find(runs, "ceiling", 64);
        var scan64 = CheckLoad.find(runs, "scan", 64);
        var ceiling16 = CheckLoad.find(runs, "ceiling", 16);
        var scan16 = CheckLoad.find(runs, "scan", 16);
        double ratio = scan64.requestsPerSecond() / ceiling64.requestsPerSecond();
        double p99Ratio = scan16.p99() / ceiling16.p99();
        report.row("resolver scans (JSON), random serials of %,d items, 64 connections".formatted(items),
                "%s = %.2f × ceiling %s (p99 %s, ceiling %s)".formatted(rate(scan64.requestsPerSecond()), ratio,
                        rate(ceiling64.requestsPerSecond()), millis(scan64.p99()), millis(ceiling64.p99())),
                "≥ 0.6 × ceiling", ratio >= 0.6);
        report.row("resolver scans (JSON), 16 connections, latency", "p99 %s = %.2f × ceiling %s (p50 %s, ceiling %s; %s, ceiling %s)"
                        .formatted(millis(scan16.p99()), p99Ratio, millis(ceiling16.p99()), millis(scan16.p50()),
                                millis(ceiling16.p50()), rate(scan16.requestsPerSecond()), rate(ceiling16.requestsPerSecond())),
                "p99 ≤ 2 × ceiling p99", p99Ratio <= 2);
        report.row("resolver answers verified before the load", "%d right (GENUINE, COMMISSIONED, certificate and status; "
                .formatted(verified) + "one never commissioned: NOT_REGISTERED)");
        report.put("scans", map("items", items, "verified", verified, "runs", runs, "ratio64", ratio, "p99Ratio16", p99Ratio));
    }

    void retries(long recording, long notRecording) {
        report.row("event-processor batches failed and retried (platform logs)", "%d, then %d after the restart"
                .formatted(recording, notRecording));
        report.put("retriedBatches", map("first", recording, "afterRestart", notRecording));
    }
}
