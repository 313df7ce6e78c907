package io.tianping.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator: wrk (Debian package {@code wrk}), POSTing request bodies from a file in turn
 * ({@code post-bodies.lua}), two threads, with its latency distribution.
 */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** One run: requests per second, latency percentiles in milliseconds, and requests that failed. */
    record Run(String name, int connections, double requestsPerSecond, double p50, double p75, double p90, double p99,
               long requests, long errors) {

        /** This run, printed as a line of the benchmark's output, once {@link #checked()}. */
        Run printed() {
            System.out.printf("  %-24s %3d conn  %,9.0f req/s  p50 %7.2f ms  p99 %7.2f ms%n", name, connections,
                    requestsPerSecond, p50, p99);
            return checked();
        }

        /** This run, unless any of its requests failed: then the benchmark stops. */
        Run checked() {
            if (errors > 0) {
                throw new IllegalStateException(name + ": " + errors + " requests failed; see the platform's log");
            }
            return this;
        }
    }

    private final Path script;
    private final Path randomItems;

    private Wrk(Path script, Path randomItems) {
        this.script = script;
        this.randomItems = randomItems;
    }

    /** Finds wrk, installing Debian's package when missing and allowed (root), and unpacks the Lua script. */
    static Wrk prepare(Path workDir) throws IOException, InterruptedException {
        if (!installed()) {
            if (!"root".equals(System.getProperty("user.name"))) {
                throw new IllegalStateException("the benchmark needs wrk: install it with 'sudo apt-get install -y wrk' and run again");
            }
            System.out.println("wrk is missing: apt-get install -y wrk");
            int code = new ProcessBuilder("apt-get", "install", "-y", "wrk").inheritIO().start().waitFor();
            if (code != 0 || !installed()) {
                throw new IllegalStateException("could not install wrk (apt-get exited " + code
                        + "): install it with 'apt-get update && apt-get install -y wrk' and run again");
            }
        }
        return new Wrk(unpack(workDir, "post-bodies.lua"), unpack(workDir, "random-items.lua"));
    }

    private static Path unpack(Path workDir, String name) throws IOException {
        Path script = workDir.resolve(name);
        try (InputStream lua = Objects.requireNonNull(Wrk.class.getResourceAsStream(name))) {
            Files.copy(lua, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return script;
    }

    private static boolean installed() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    Run run(String name, URI url, Path bodies, String apiKey, int connections, Duration duration)
            throws IOException, InterruptedException {
        return run(name, url, script, List.of(bodies.toString(), apiKey), connections, duration);
    }

    /** GETs {@code /01/{gtin}/21/S{n}} as JSON for random {@code n} below {@code items} ({@code random-items.lua}). */
    Run randomItems(String name, URI base, String gtin, int items, int connections, Duration duration)
            throws IOException, InterruptedException {
        return run(name, base, randomItems, List.of(gtin, String.valueOf(items)), connections, duration);
    }

    private Run run(String name, URI url, Path lua, List<String> args, int connections, Duration duration)
            throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + duration.toSeconds() + "s",
                "--timeout", "30s", "--latency", "-s", lua.toString(), url.toString(), "--"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        Matcher rate = find(RATE, output);
        Matcher total = find(TOTAL, output);
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new Run(name, connections, Double.parseDouble(rate.group(1)), percentile(output, "50"),
                percentile(output, "75"), percentile(output, "90"), percentile(output, "99"),
                Long.parseLong(total.group(1)), errors);
    }

    private static double percentile(String output, String percent) {
        Matcher m = find(Pattern.compile("\\s" + percent + "%\\s+([\\d.]+)(us|ms|s|m)\\b"), output);
        return millis(Double.parseDouble(m.group(1)), m.group(2));
    }

    private static double millis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }

    private static Matcher find(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no '" + pattern + "' in wrk's output: " + output);
        }
        return matcher;
    }
}
