package io.tianping.app.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.TianpingApplication;
import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Certificates, listings and notices survive stopping the platform and starting it again on the same data directory. */
class RestartTest {

    @TempDir Path dataDir;

    @Test
    void everythingIsStillThereAfterARestart() {
        String number = Certificates.newNumber("0717");
        try (var first = start()) {
            int port = port(first);
            assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
            assertThat(Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing("R-1", number, "SWF-17E"))
                    .json().get("verdict").asString()).isEqualTo("PASS");
            assertThat(Api.certBody(port).post("/api/v1/certificates/" + number + "/revocation",
                    "{\"reason\":\"发生重大质量事故\"}").status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> feedMentions(port, number));
        }
        try (var second = start()) {
            int port = port(second);
            var certificate = Api.asPerson(port, "auditor").get("/api/v1/certificates/" + number);
            assertThat(certificate.status()).isEqualTo(200);
            assertThat(certificate.json().get("status").asString()).isEqualTo("REVOKED");
            assertThat(feedMentions(port, number)).as("the notice is still in platform A's feed").isTrue();
            var check = Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing("R-1", number, "SWF-17E"));
            assertThat(check.json().get("reasons").toString()).as("the check index was rebuilt from the store")
                    .contains("CERTIFICATE_REVOKED");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TianpingApplication.class)
                .profiles("test")
                .run("--server.port=0", "--tianping.data-dir=" + dataDir);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static boolean feedMentions(int port, String number) {
        return Api.platformA(port).get("/api/v1/takedown-notices?after=0&limit=1000").body().contains(number);
    }
}
