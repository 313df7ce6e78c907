package io.tianping.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark of issue 6 (docs/performance.md): starts the platform's jar as a user would, imports certificates,
 * checks listings under load from wrk against a ceiling endpoint of the same server, searches, replays the
 * verification projections, restarts without recording checks and measures the checks again. Prints a table and
 * writes it with every raw figure under {@code bench/results/}.
 */
public final class Bench {

    /** verification's read models: what a replay rebuilds (the fan-out is a process whose handlers never replay). */
    static final List<String> PROJECTIONS = List.of("verification-certificate-view", "verification-certificate-search",
            "verification-takedown-notices");
    static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(30);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        var options = BenchOptions.fromSystemProperties();
        var report = new Report();
        Path work = Files.createTempDirectory("tianping-bench-");
        long started = System.nanoTime();
        List<String> missing;
        try {
            missing = run(options, report, work);
        } finally {
            delete(work);
        }
        report.put("loadAfter", Report.load());
        report.put("minutes", (System.nanoTime() - started) / 60e9);
        System.out.println();
        System.out.println(report.table());
        System.out.println("Written: " + report.write(options.results(), options.certificates()));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Answered checks were not recorded: " + missing);
        }
    }

    /** Runs the steps; answers what was found missing (answered checks not recorded). */
    private static List<String> run(BenchOptions options, Report report, Path work) throws Exception {
        System.out.printf("Tianping benchmark: %,d certificates, %,d listings, %d s per run, load %s%n",
                options.certificates(), options.listings(), options.run().toSeconds(), Report.load());
        report.put("options", map("certificates", options.certificates(), "listings", options.listings(),
                "runSeconds", options.run().toSeconds(), "jfr", options.jfr(), "platformJvmOptions", options.platformJvmOptions(),
                "searchNodeConfig", options.searchNodeConfig() == null ? "" : Files.readString(options.searchNodeConfig()),
                "steps", options.steps(), "items", options.items()));
        report.put("loadBefore", Report.load());
        report.put("java", Runtime.version().toString());
        Wrk wrk = Wrk.prepare(work);
        Listings listings = Listings.generate(options.listings(), options.certificates());
        var load = new CheckLoad(wrk, Files.write(work.resolve("singles.txt"), listings.singleBodies()),
                Files.write(work.resolve("batches.txt"), listings.batchBodies()), options.run());
        var figures = new Figures(report);
        Path data = work.resolve("data");
        try (var platform = Platform.start(options, data, "platform-recording",
                Map.of("tianping.verification.record-checks", "true"))) {
            System.out.printf("Platform up in %.1f s%n", platform.startSeconds());
            var readSide = new ReadSide(Http.withKey(platform.base(), Http.PLATFORM_KEY), Http.asPerson(platform.base(), "admin"));
            var platformA = Http.withKey(platform.base(), Http.PLATFORM_KEY);

            System.out.println("1. import: the first tenth over the public API (its first half warms up), the rest in bulk");
            var body = Http.withKey(platform.base(), Http.CERT_BODY_KEY);
            int overApi = Math.min(10_000, options.certificates() / 10);
            Importer.overApi(body, 0, overApi / 2);
            readSide.awaitCaughtUp(PROJECTIONS, System.nanoTime(), CATCH_UP_TIMEOUT);
            long apiStarted = System.nanoTime();
            var api = Importer.overApi(body, overApi / 2, overApi);
            figures.importedOverApi(api, readSide.awaitCaughtUp(PROJECTIONS, apiStarted, CATCH_UP_TIMEOUT));
            long bulkStarted = System.nanoTime();
            var bulk = Importer.inBulk(body, overApi, options.certificates());
            figures.importedInBulk(bulk, readSide.awaitCaughtUp(PROJECTIONS, bulkStarted, CATCH_UP_TIMEOUT), readSide.head());

            if (options.runs("checks")) {
                checks(load, listings, platform, platformA, readSide, figures);
            }
            if (options.runs("search")) {
                System.out.println("4. search");
                figures.search(SearchLatency.run(platformA, options.certificates()));
            }
            if (options.runs("replay-each")) {
                System.out.println("5. replay of each projection alone");
                for (String projection : PROJECTIONS) {
                    long events = readSide.head();
                    long started = System.nanoTime();
                    readSide.replay(List.of(projection));
                    figures.replayedAlone(projection, events,
                            readSide.awaitCaughtUp(List.of(projection), started, CATCH_UP_TIMEOUT).get(projection));
                }
            }
            if (options.runs("replay")) {
                System.out.println("5. replay");
                long events = readSide.head();
                long replayStarted = System.nanoTime();
                readSide.replay(PROJECTIONS);
                figures.replay(events, readSide.awaitCaughtUp(PROJECTIONS, replayStarted, CATCH_UP_TIMEOUT));
            }
            if (!options.runs("restart")) {
                traceability(options, wrk, work.resolve("singles.txt"), platform, figures);
            }
        }
        if (!options.runs("restart")) {
            figures.retries(Platform.retriedBatches(options, "platform-recording"), 0);
            return figures.missing();
        }
        try (var platform = Platform.start(options, data, "platform-not-recording",
                Map.of("tianping.verification.record-checks", "false"))) {
            System.out.printf("6. restart (up in %.1f s), single checks and the ceiling, checks not recorded%n",
                    platform.startSeconds());
            figures.restart(platform.startSeconds(), platform.indexLoad());
            figures.singleChecks(load.singleChecks(platform.base()), "not recorded");
            traceability(options, wrk, work.resolve("singles.txt"), platform, figures);
        }
        figures.retries(Platform.retriedBatches(options, "platform-recording"),
                Platform.retriedBatches(options, "platform-not-recording"));
        return figures.missing();
    }

    /** Steps 2 and 3: every listing checked once (binding), batches, then single checks beside the ceiling. */
    private static void checks(CheckLoad load, Listings listings, Platform platform, Http platformA, ReadSide readSide,
                               Figures figures) throws Exception {
        System.out.println("2. first checks (binding), then batches");
        double firstSeconds = FirstChecks.run(platformA, listings);
        readSide.awaitCaughtUp(PROJECTIONS, System.nanoTime(), CATCH_UP_TIMEOUT);
        var batch = load.batches(platform.base());
        figures.batches(listings.size(), firstSeconds, batch);
        long recorded = settle(readSide);
        figures.recorded("batches", recorded, listings.size() + load.checksSent());

        System.out.println("3. single checks and the ceiling, checks recorded");
        long sentBefore = load.checksSent();
        var recording = load.singleChecks(platform.base());
        figures.singleChecks(recording, "recorded");
        figures.recorded("single checks", settle(readSide) - recorded, load.checksSent() - sentBefore);
    }

    /**
     * Steps 7 and 8 (issue 13), last so that verification's replays and the restart read the same store as before:
     * EPCIS capture of {@code items} commissioned serials, then resolver scans of them beside the ceiling.
     */
    private static void traceability(BenchOptions options, Wrk wrk, Path ceilingBodies, Platform platform, Figures figures)
            throws Exception {
        if (!options.runs("capture")) {
            return;
        }
        System.out.printf("7. EPCIS capture: %,d commissioned serials, documents of %,d events, %d connections, load %s%n",
                options.items(), Capture.EVENTS_PER_DOCUMENT, Capture.CONNECTIONS, Report.load());
        var manufacturer = Http.withKey(platform.base(), Capture.MANUFACTURER_KEY);
        Capture.registerProduct(Http.withKey(platform.base(), Http.CERT_BODY_KEY), manufacturer);
        int warmUp = Math.min(options.items() / 10, 50_000) / Capture.EVENTS_PER_DOCUMENT * Capture.EVENTS_PER_DOCUMENT;
        Capture.commission(manufacturer, 0, warmUp);
        var captured = Capture.commission(manufacturer, warmUp, options.items());
        figures.captured(warmUp, captured);
        if (!options.runs("scans")) {
            return;
        }
        System.out.println("8. resolver scans (JSON) of random commissioned serials and the ceiling");
        int verified = Scans.verify(Http.anonymous(platform.base()), options.items());
        figures.scans(options.items(), verified, Scans.load(wrk, platform.base(), ceilingBodies, options.items(), options.run()));
    }

    /** The number of recorded checks once the journal has reached the table (at most ten minutes after the load). */
    private static long settle(ReadSide readSide) throws InterruptedException {
        long started = System.nanoTime();
        while (readSide.checkBacklog() > 0 && System.nanoTime() - started < 600_000_000_000L) {
            Thread.sleep(200);
        }
        System.out.printf("   recorded checks caught up %.1f s after the load%n", (System.nanoTime() - started) / 1e9);
        return readSide.recordedChecks();
    }

    private static void delete(Path directory) throws Exception {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    static Map<String, Object> map(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
