package io.tianping.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.OwnPlatform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz of the bounds (issue 10): valid requests with one value swapped for a hostile one. None may be a 5xx,
 * every refusal is a problem, and afterwards the platform still does its work (a suspension still reaches the
 * platform's feed) and starts again on the same data. The seed is {@code -Dfuzz.seed}; a failure names it.
 */
class FuzzedPlatformTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261130L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 400);
    private static final int CONTRACT_REQUESTS = Integer.getInteger("fuzz.contract-requests", 10_000);
    private static final int CONTRACT_SECONDS = Integer.getInteger("fuzz.contract-seconds", 180);

    @TempDir Path dataDir;

    @Test
    void hostileValuesNeverBreakThePlatform() {
        try (var first = OwnPlatform.start(dataDir)) {
            int port = OwnPlatform.port(first);
            String number = issue(port);
            var random = new SplittableRandom(SEED);
            var valid = Requests.valid(number);
            var statuses = new java.util.TreeMap<Integer, Integer>();
            for (int i = 0; i < REQUESTS; i++) {
                // every hostile value at least once into each request, then at random
                Requests request = i < valid.size() * HostileValues.count()
                        ? valid.get(i % valid.size()).withValue(random.nextInt(1_000), HostileValues.at(i / valid.size()))
                        : valid.get(random.nextInt(valid.size())).mutated(random);
                var response = as(port, request.who()).post(request.path(), request.body());
                String which = "seed %d, request %d: POST %s %.300s -> %d %.300s".formatted(SEED, i, request.path(),
                        request.body(), response.status(), response.body());
                statuses.merge(response.status(), 1, Integer::sum);
                assertThat(response.status()).as(which).isLessThan(500);
                if (response.status() >= 400) {
                    assertThat(response.contentType()).as(which).startsWith("application/problem+json");
                }
            }
            System.out.printf("Fuzz seed %d: %d requests, answers by status %s%n", SEED, REQUESTS, statuses);
            assertThat(statuses.getOrDefault(400, 0)).as("most hostile values are refused as the caller's fault: %s", statuses)
                    .isGreaterThan(REQUESTS / 2);
            fuzzTheContract(port);
            assertStillWorks(port);
        }
        try (var second = OwnPlatform.start(dataDir)) {
            assertStillWorks(OwnPlatform.port(second));
        }
    }

    /**
     * Issue 16: {@value #CONTRACT_REQUESTS} requests made from the served OpenAPI document ({@link ContractFuzz}), any
     * operation as anyone, sent raw. None may be a 5xx or go unanswered, and every error is a problem whose
     * {@code status} is the HTTP status, whatever the cause (unknown path, method, media type, encoding, size, value).
     */
    private static void fuzzTheContract(int port) {
        var fuzz = new ContractFuzz(Api.anonymous(port).get("/v3/api-docs").json(), SEED);
        long stopAt = System.nanoTime() + Duration.ofSeconds(CONTRACT_SECONDS).toNanos();
        var statuses = new java.util.TreeMap<Integer, Integer>();
        var failures = new java.util.ArrayList<String>();
        int sent = 0;
        for (; sent < CONTRACT_REQUESTS && System.nanoTime() < stopAt && failures.size() < 20; sent++) {
            var request = fuzz.next(sent);
            try {
                var answer = RawHttp.send(port, request);
                statuses.merge(answer.status(), 1, Integer::sum);
                String problem = answer.status() < 400 ? null
                        : request.method().equals("HEAD") ? notAProblem(answer) : whatIsWrong(answer);
                if (answer.status() == 0 || answer.status() >= 500 || problem != null) {
                    failures.add("seed %d, request %d: %s -> %d %s %.300s".formatted(SEED, sent, request.describe(),
                            answer.status(), problem, answer.body()));
                }
            } catch (java.io.IOException e) {
                failures.add("seed %d, request %d: %s -> %s".formatted(SEED, sent, request.describe(), e));
            }
        }
        System.out.printf("Contract fuzz seed %d: %d requests over %d operations, answers by status %s%n", SEED, sent,
                fuzz.operationCount(), statuses);
        assertThat(failures).as("answers that were a 5xx, none, or an error that is not a problem").isEmpty();
        assertThat(sent).as("requests sent within %d s", CONTRACT_SECONDS).isGreaterThanOrEqualTo(Math.min(CONTRACT_REQUESTS, 2_000));
    }

    private static String notAProblem(RawHttp.Answer answer) {
        return answer.contentType().startsWith("application/problem+json") ? null : "not a problem: " + answer.contentType();
    }

    private static String whatIsWrong(RawHttp.Answer answer) {
        if (notAProblem(answer) != null) {
            return notAProblem(answer);
        }
        try {
            var problem = tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer.body());
            return problem.path("status").asInt() == answer.status() ? null : "status in the problem differs";
        } catch (RuntimeException e) {
            return "unreadable problem";
        }
    }

    /** A certificate issued, a listing passed against it, the certificate suspended: the notice reaches the feed. */
    private static void assertStillWorks(int port) {
        String number = issue(port);
        String listing = "AFTER-" + number;
        var check = Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing(listing, number, "SWF-17E"));
        assertThat(check.json().get("verdict").asString()).isEqualTo("PASS");
        assertThat(Api.certBody(port).post("/api/v1/certificates/" + number + "/suspension",
                "{\"reason\":\"监督抽查不合格\"}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.platformA(port)
                .get("/api/v1/takedown-notices?after=0&limit=1000").body().contains(listing));
        var processors = Api.asPerson(port, "admin").get("/actuator/health").json().get("components").get("processors");
        assertThat(processors.toString()).doesNotContain("\"error\":true");
    }

    private static String issue(int port) {
        String number = Certificates.newNumber("0717");
        assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
        return number;
    }

    private static Api as(int port, String who) {
        return switch (who) {
            case "cert-body" -> Api.certBody(port);
            case "platform-a" -> Api.platformA(port);
            default -> Api.asPerson(port, who);
        };
    }

}
