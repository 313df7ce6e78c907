package io.tianping.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What to run, from system properties (the bench pom passes them; see docs/performance.md).
 *
 * @param root               the repository, for {@code bench/results}
 * @param jar                the platform's runnable jar, as {@code mvn package} builds it
 * @param searchNode         search-node's build output, the embedded Elasticsearch node
 * @param certificates       how many certificates to import
 * @param listings           how many distinct listings the checks cycle through
 * @param run                how long each measured load-generator run lasts
 * @param jfr                whether the platform records a Java Flight Recorder profile
 * @param platformJvmOptions extra JVM options for the platform
 * @param searchNodeConfig   an {@code elasticsearch.yml} for the embedded search node, or null for none (experiments)
 * @param steps              which steps run besides the import: {@code checks}, {@code search}, {@code replay-each}
 *                           (each read model replayed alone), {@code replay} (the three together), {@code restart},
 *                           {@code capture} (EPCIS commissioning of {@code items} serials), {@code scans} (the resolver,
 *                           after {@code capture}); all by default, fewer for experiments
 * @param items              how many items {@code capture} commissions (1,000,000 by default)
 */
record BenchOptions(Path root, Path jar, Path searchNode, int certificates, int listings, Duration run, boolean jfr,
                    List<String> platformJvmOptions, Path searchNodeConfig, Set<String> steps, int items) {

    static final String ALL_STEPS = "checks,search,replay-each,replay,restart,capture,scans";

    static BenchOptions fromSystemProperties() {
        Path root = Path.of(System.getProperty("bench.root", "..")).toAbsolutePath().normalize();
        int certificates = Integer.parseInt(System.getProperty("bench.certificates", "100000"));
        String jvm = System.getProperty("bench.platform-jvm-options", "").strip();
        String searchNodeConfig = System.getProperty("bench.search-node-config", "").strip();
        return new BenchOptions(root,
                Path.of(System.getProperty("bench.jar", root.resolve("app/target/app-0.1.0-SNAPSHOT.jar").toString())),
                Path.of(System.getProperty("bench.search-node", root.resolve("search-node/target").toString())),
                certificates,
                Integer.parseInt(System.getProperty("bench.listings", String.valueOf(Math.min(20_000, certificates / 2)))),
                Duration.ofSeconds(Long.parseLong(System.getProperty("bench.duration", "20"))),
                Boolean.parseBoolean(System.getProperty("bench.jfr", "false")),
                jvm.isEmpty() ? List.of() : Arrays.asList(jvm.split("\\s+")),
                searchNodeConfig.isEmpty() ? null : Path.of(searchNodeConfig).toAbsolutePath(),
                Set.of(System.getProperty("bench.steps", ALL_STEPS).strip().split("\\s*,\\s*")),
                Integer.parseInt(System.getProperty("bench.items", "1000000")));
    }

    boolean runs(String step) {
        return steps.contains(step);
    }

    Path results() {
        return root.resolve("bench/results");
    }
}
