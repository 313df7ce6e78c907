package io.tianping.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The consumer's scan (issue 13): {@code GET /01/{gtin}/21/{serial}} as JSON for random commissioned serials, from wrk,
 * beside the same server's ceiling ({@code POST /api/v1/bench/ceiling}) at 64 and 16 connections. Before the load, a
 * sample of answers is checked: a commissioned item is GENUINE and COMMISSIONED with its certificate's status, one
 * never commissioned is NOT_REGISTERED.
 */
final class Scans {

    static final int SAMPLE = 200;

    private Scans() {
    }

    /** Fails unless every sampled answer is right; answers how many were checked. */
    static int verify(Http anonymous, int items) {
        var random = new Random(13);
        for (int i = 0; i < SAMPLE; i++) {
            int n = i == 0 ? 0 : i == 1 ? items - 1 : random.nextInt(items);
            JsonNode passport = anonymous.get("01/%s/21/S%d".formatted(Capture.GTIN, n)).expect(200).json();
            if (!"S%d".formatted(n).equals(passport.path("serial").asText())
                    || !"GENUINE".equals(passport.path("state").asText())
                    || !"COMMISSIONED".equals(passport.path("itemState").asText())
                    || !Capture.CERTIFICATE.equals(passport.path("certificate").path("number").asText())
                    || passport.path("certificate").path("status").asText().isEmpty()
                    || !passport.has("recall") || !passport.has("cloneSuspicion")) {
                throw new IllegalStateException("wrong passport for S%d: %s".formatted(n, passport));
            }
        }
        JsonNode unknown = anonymous.get("01/%s/21/NEVER-%d".formatted(Capture.GTIN, items)).expect(200).json();
        if (!"NOT_REGISTERED".equals(unknown.path("state").asText())) {
            throw new IllegalStateException("a serial never commissioned answered " + unknown);
        }
        return SAMPLE + 1;
    }

    /** Warms both up, then for 64 and 16 connections: the ceiling, then the scans. */
    static List<Wrk.Run> load(Wrk wrk, URI base, Path ceilingBodies, int items, Duration run)
            throws IOException, InterruptedException {
        wrk.run("warm-up ceiling", base.resolve(CheckLoad.CEILING), ceilingBodies, Http.PLATFORM_KEY, 64,
                CheckLoad.WARM_UP).checked();
        wrk.randomItems("warm-up scan", base, Capture.GTIN, items, 64, CheckLoad.WARM_UP).checked();
        var runs = new ArrayList<Wrk.Run>();
        for (int connections : List.of(64, 16)) {
            runs.add(wrk.run("ceiling", base.resolve(CheckLoad.CEILING), ceilingBodies, Http.PLATFORM_KEY,
                    connections, run).printed());
            runs.add(wrk.randomItems("scan", base, Capture.GTIN, items, connections, run).printed());
        }
        return runs;
    }
}
