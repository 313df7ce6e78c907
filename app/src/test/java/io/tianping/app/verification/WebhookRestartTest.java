package io.tianping.app.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.TianpingApplication;
import io.tianping.app.audit.Checkpointer;
import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What is owed to a webhook survives a restart: a notice its endpoint kept refusing is delivered, once, by the next
 * run; and the checkpoint key kept in the data directory still verifies the checkpoints the first run signed.
 */
class WebhookRestartTest {

    @TempDir Path dataDir;

    @Test
    void aNoticeOwedWhenThePlatformStopsIsDeliveredAfterItStartsAgain() throws Exception {
        String number = Certificates.newNumber("0717");
        try (var receiver = new WebhookReceiver()) {
            receiver.failFirst("/hook", 1_000);
            long checkpoint;
            try (var first = start()) {
                int port = port(first);
                assertThat(Api.platformA(port).put("/api/v1/webhooks/takedown-notices", "{\"url\":\"%s\",\"secret\":\"%s\"}"
                        .formatted(receiver.url("/hook"), "restart-test-webhook-secret")).status()).isEqualTo(200);
                assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
                assertThat(Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing("RW-1", number, "SWF-17E"))
                        .json().get("verdict").asString()).isEqualTo("PASS");
                assertThat(Api.certBody(port).post("/api/v1/certificates/" + number + "/revocation",
                        "{\"reason\":\"发生重大质量事故\"}").status()).isEqualTo(200);
                await().atMost(Duration.ofSeconds(30)).until(() -> attempts(receiver, number) > 0);
                checkpoint = first.getBean(Checkpointer.class).checkpoint().getFirst();
            }
            assertThat(receiver.received("/hook")).allMatch(request -> request.answered() == 503);

            receiver.failFirst("/hook", 0); // the endpoint is back
            try (var second = start()) {
                int port = port(second);
                await().atMost(Duration.ofSeconds(60)).until(() -> delivered(receiver, number) == 1);
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> delivered(receiver, number) == 1);
                var exported = Api.asPerson(port, "auditor")
                        .get("/api/v1/audit/checkpoints?after=" + (checkpoint - 1) + "&limit=1").json().get("items").get(0);
                assertThat(exported.get("id").asLong()).isEqualTo(checkpoint);
                assertThat(exported.get("verified").asBoolean()).as(exported.get("verification").asString()).isTrue();
            }
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TianpingApplication.class)
                .profiles("test")
                .run("--server.port=0", "--tianping.data-dir=" + dataDir, "--tianping.demo-data=false");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static long attempts(WebhookReceiver receiver, String number) {
        return receiver.received("/hook").stream()
                .filter(r -> new String(r.body(), StandardCharsets.UTF_8).contains(number)).count();
    }

    private static long delivered(WebhookReceiver receiver, String number) {
        return receiver.received("/hook").stream().filter(r -> r.answered() == 200)
                .filter(r -> new String(r.body(), StandardCharsets.UTF_8).contains(number)).count();
    }
}
