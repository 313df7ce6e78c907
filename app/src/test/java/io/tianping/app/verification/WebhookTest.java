package io.tianping.app.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Platforms subscribe to their takedown notices by webhook: signed, once each, in order, retried, never held up. */
@TianpingTest
class WebhookTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECRET_A = "platform-a-webhook-secret";
    private static final String SECRET_B = "platform-b-webhook-secret";
    private static final String WEBHOOK = "/api/v1/webhooks/takedown-notices";

    @LocalServerPort int port;
    WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void unsubscribe() {
        Api.platformA(port).delete(WEBHOOK);
        Api.platformB(port).delete(WEBHOOK);
        receiver.close();
    }

    @Test
    void everyNoticeArrivesOnceSignedAndAsItsFeedItem() {
        var subscribed = subscribe(Api.platformA(port), receiver.url("/a"), SECRET_A);
        assertThat(subscribed.status()).isEqualTo(200);
        assertThat(subscribed.body()).contains(receiver.url("/a")).doesNotContain(SECRET_A);
        var shown = Api.platformA(port).get(WEBHOOK);
        assertThat(shown.json().get("platform").asString()).isEqualTo("platform-a");
        assertThat(shown.body()).doesNotContain(SECRET_A);

        String number = certificateWithListings(List.of(Api.platformA(port)), "WH-1", "WH-2");
        await().atMost(Duration.ofSeconds(30)).until(() -> noticesOf(number, receiver.received("/a")).size() == 2);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> noticesOf(number, receiver.received("/a")).size() == 2);

        var feed = feedItems(Api.platformA(port), number, 2);
        assertThat(feed).hasSize(2);
        for (var request : noticesOf(number, receiver.received("/a"))) {
            assertThat(request.signature()).isEqualTo(hmac(request.body(), SECRET_A));
            assertThat(request.delivery()).isNotBlank();
            JsonNode pushed = JSON.readTree(request.body());
            JsonNode item = feed.stream().filter(i -> i.get("id").equals(pushed.get("id"))).findFirst().orElseThrow();
            assertThat(pushed).isEqualTo(item);
        }
    }

    @Test
    void aFailingEndpointGetsTheNoticesLaterAndInOrder() {
        receiver.failFirst("/flaky", 2);
        subscribe(Api.platformA(port), receiver.url("/flaky"), SECRET_A);
        String number = certificateWithListings(List.of(Api.platformA(port)), "WH-F1", "WH-F2", "WH-F3");

        await().atMost(Duration.ofSeconds(60)).until(() -> delivered(number, "/flaky").size() == 3);
        List<String> attempts = ids(noticesOf(number, receiver.received("/flaky")));
        List<String> feedOrder = feedItems(Api.platformA(port), number, 3).stream().map(i -> i.get("id").asString()).toList();
        String first = feedOrder.getFirst();
        assertThat(attempts).as("the first notice is retried; the later ones wait for it")
                .containsExactly(first, first, first, feedOrder.get(1), feedOrder.get(2));
        assertThat(ids(delivered(number, "/flaky"))).isEqualTo(feedOrder);
        var retries = noticesOf(number, receiver.received("/flaky"));
        assertThat(retries.subList(0, 3)).extracting(WebhookReceiver.Received::delivery)
                .as("one delivery id for every attempt of one notice").containsOnly(retries.getFirst().delivery());
        assertThat(Duration.between(retries.get(1).at(), retries.get(2).at()))
                .as("the wait doubles").isGreaterThan(Duration.between(retries.get(0).at(), retries.get(1).at()));
        assertThat(Api.asPerson(port, "admin").getAny("/actuator/prometheus").body())
                .contains("tianping_webhook_deliveries_total{application=\"tianping\",platform=\"platform-a\"}")
                .contains("tianping_webhook_failures_total{application=\"tianping\",platform=\"platform-a\"}")
                .contains("tianping_webhook_pending{application=\"tianping\",platform=\"platform-a\"}");
    }

    @Test
    void aDeadEndpointOfOnePlatformDoesNotDelayAnother() {
        receiver.hang("/dead");
        subscribe(Api.platformB(port), receiver.url("/dead"), SECRET_B);
        subscribe(Api.platformA(port), receiver.url("/alive"), SECRET_A);
        String number = certificateWithListings(List.of(Api.platformB(port), Api.platformA(port)), "WH-D1");

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.hangingNow() > 0);
        // a delivery waiting behind the dead endpoint would take at least its 5 s timeout
        await().atMost(Duration.ofSeconds(4)).until(() -> noticesOf(number, receiver.received("/alive")).size() == 1);
        assertThat(receiver.hangingNow()).as("platform B's endpoint still has not answered").isPositive();
        receiver.release();
    }

    @Test
    void onlyAPlatformSubscribesWithAUsableUrlAndSecret() {
        assertThat(Api.platformA(port).get(WEBHOOK).status()).isEqualTo(404);
        assertThat(subscribe(Api.certBody(port), receiver.url("/x"), SECRET_A).status()).isEqualTo(403);
        assertThat(Api.asPerson(port, "auditor").get(WEBHOOK).status()).isEqualTo(403);

        var badUrl = subscribe(Api.platformA(port), "ftp://hooks.example/x", SECRET_A);
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.contentType()).startsWith("application/problem+json");
        assertThat(badUrl.body()).contains("\"url\"");
        var shortSecret = subscribe(Api.platformA(port), receiver.url("/x"), "short");
        assertThat(shortSecret.status()).isEqualTo(400);
        assertThat(shortSecret.body()).contains("\"secret\"");

        assertThat(subscribe(Api.platformA(port), receiver.url("/x"), SECRET_A).status()).isEqualTo(200);
        assertThat(Api.platformA(port).delete(WEBHOOK).status()).isEqualTo(204);
        assertThat(Api.platformA(port).get(WEBHOOK).status()).isEqualTo(404);
        assertThat(Api.platformA(port).delete(WEBHOOK).status()).isEqualTo(404);
    }

    private Api.Response subscribe(Api api, String url, String secret) {
        return api.put(WEBHOOK, "{\"url\":\"%s\",\"secret\":\"%s\"}".formatted(url, secret));
    }

    /** A certificate each platform listed the given listings under, then suspended: one notice per listing. */
    private String certificateWithListings(List<Api> platforms, String... listings) {
        String number = Certificates.newNumber("0717");
        assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
        for (Api platform : platforms) {
            for (String listing : listings) {
                assertThat(platform.post("/api/v1/listing-checks", Certificates.listing(listing + "-" + number, number,
                        "SWF-17E")).json().get("verdict").asString()).isEqualTo("PASS");
            }
        }
        assertThat(Api.certBody(port).post("/api/v1/certificates/" + number + "/suspension",
                "{\"reason\":\"工厂检查不合格\"}").status()).isEqualTo(200);
        return number;
    }

    private List<JsonNode> feedItems(Api platform, String number, int expected) {
        List<JsonNode> items = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            items.clear();
            platform.get("/api/v1/takedown-notices?after=0&limit=1000").json().get("items").forEach(item -> {
                if (item.get("certificateNumber").asString().equals(number)) {
                    items.add(item);
                }
            });
            return items.size() == expected;
        });
        return items;
    }

    private static List<WebhookReceiver.Received> noticesOf(String number, List<WebhookReceiver.Received> requests) {
        return requests.stream().filter(r -> new String(r.body(), StandardCharsets.UTF_8).contains(number)).toList();
    }

    private List<WebhookReceiver.Received> delivered(String number, String path) {
        return noticesOf(number, receiver.received(path)).stream().filter(r -> r.answered() == 200).toList();
    }

    private static List<String> ids(List<WebhookReceiver.Received> requests) {
        return requests.stream().map(r -> JSON.readTree(r.body()).get("id").asString()).toList();
    }

    private static String hmac(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
