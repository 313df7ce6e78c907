package io.tianping.app.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.MutableClock;
import io.tianping.spotcheck.process.SampleClockWatch;
import java.time.Duration;
import java.util.List;

/** Spot-check steps over HTTP for tests, as the organising regulator would call them. */
final class SpotChecks {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private SpotChecks() {
    }

    /** Creates a plan (JSON body) and draws its listings; returns the plan id. */
    static String drawnPlan(Api regulator, String plan) {
        var created = regulator.post("/api/v1/spotcheck/plans", plan);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String planId = created.json().get("planId").asString();
        var drawn = regulator.post("/api/v1/spotcheck/plans/" + planId + "/selection", "");
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
        return planId;
    }

    /**
     * Buys a drawn listing, takes it to the lab, records {@code labResult} (JSON body) and delivers it; returns the
     * sample id.
     */
    static String deliveredResult(Api regulator, String planId, String platform, String listingId, String labResult) {
        var bought = regulator.post("/api/v1/spotcheck/samples", """
                {"planId":"%s","platform":"%s","listingId":"%s","orderRef":"ORDER-%s","pricePaid":"100.00",
                 "backupBought":true}""".formatted(planId, platform, listingId, listingId));
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        String sampleId = bought.json().get("sampleId").asString();
        String sample = "/api/v1/spotcheck/samples/" + sampleId;
        step(regulator, sample + "/custody", "{\"step\":\"RECEIVED\"}");
        step(regulator, sample + "/custody", "{\"step\":\"UNBOXED_AND_SEALED\",\"witness\":\"公证员 王某\"}");
        step(regulator, sample + "/custody", "{\"step\":\"SENT_TO_LAB\"}");
        step(regulator, sample + "/custody", "{\"step\":\"RECEIVED_BY_LAB\"}");
        step(regulator, sample + "/lab-result", labResult);
        step(regulator, sample + "/delivery", "{}");
        return sampleId;
    }

    /** Lets the 15-day objection window pass unused, so the delivered results of {@code sampleIds} become final. */
    static void finalAfterTheObjectionWindow(Api regulator, MutableClock clock, SampleClockWatch watch, List<String> sampleIds) {
        clock.advance(Duration.ofDays(16));
        try {
            await().atMost(WAIT).until(() -> {
                watch.checkDueSamples();
                return sampleIds.stream().allMatch(id -> regulator.get("/api/v1/spotcheck/samples/" + id).json()
                        .get("stage").asString().equals("FINAL"));
            });
        } finally {
            clock.reset();
        }
    }

    private static void step(Api api, String path, String body) {
        var response = api.post(path, body);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    }
}
