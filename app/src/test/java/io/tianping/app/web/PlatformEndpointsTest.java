package io.tianping.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.Api.Response;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What operators and integrators rely on besides the domain: the contract document, health, metrics, problems. */
@TianpingTest
class PlatformEndpointsTest {

    @LocalServerPort int port;

    @Test
    void servesTheOpenApiDocumentWithThePublicPaths() {
        Response document = Api.anonymous(port).get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("/api/v1/listing-checks", "/api/v1/certificates", "/api/v1/takedown-notices");
        assertThat(Api.anonymous(port).getAny("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void healthCoversDatabaseSearchAndEveryProcessor() {
        var public_ = Api.anonymous(port).get("/actuator/health").json();
        assertThat(public_.get("status").asString()).isEqualTo("UP");
        assertThat(public_.has("components")).as("no details for the public").isFalse();
        assertThat(Api.asPerson(port, "auditor").get("/actuator/health").json().has("components")).isFalse();
        var components = Api.asPerson(port, "admin").get("/actuator/health").json().get("components");
        assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("search").get("status").asString()).isEqualTo("UP");
        var processors = components.get("processors");
        assertThat(processors.get("status").asString()).isEqualTo("UP");
        assertThat(processors.get("details").propertyNames())
                .contains("verification-certificate-view", "verification-takedown-notices", "verification-certificate-index");
    }

    @Test
    void readinessCoversDatabaseSearchAndProcessorLag() {
        var readiness = Api.asPerson(port, "admin").get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        var components = readiness.json().get("components");
        assertThat(components.propertyNames()).contains("db", "search", "processorLag", "readinessState");
        assertThat(components.get("processorLag").get("details").get("lag").propertyNames())
                .contains("verification-certificate-view", "verification-takedown-notices");
        assertThat(Api.anonymous(port).get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusCountsChecksAndInterceptionsPerPlatform() {
        Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing("M-1", "2025010717999998", "SWF-17E"));
        Response metrics = Api.asPerson(port, "admin").getAny("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("tianping_listing_checks_total\\{[^}]*platform=\"platform-a\"[^}]*verdict=\"INTERCEPT\"")
                .containsPattern("tianping_listing_interceptions_total\\{[^}]*platform=\"platform-a\"[^}]*reason=\"CERTIFICATE_NOT_FOUND\"")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/listing-checks\"")
                .containsPattern("tianping_processor_lag_events\\{[^}]*processor=\"verification-certificate-view\"");
        assertThat(Api.platformA(port).getAny("/actuator/prometheus").status()).as("platforms do not read metrics").isEqualTo(403);
    }

    @Test
    void anUnknownPathIsA404Problem() {
        Response response = Api.asPerson(port, "auditor").get("/api/v1/no-such-thing");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownEnumValueIsA400Problem() {
        Response response = Api.asPerson(port, "auditor").get("/api/v1/certificates?status=SLEEPING");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aWrongTypeInTheBodyIsA400NamingTheField() {
        Response response = Api.platformA(port).post("/api/v1/listing-checks",
                Certificates.listing("T-1", "2025010717999998", "SWF-17E").replace("\"129.00\"", "\"cheap\""));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("price");
    }

    @Test
    void anOversizeBodyIsRefusedBeforeItIsRead() {
        Response response = Api.platformA(port).post("/api/v1/listing-checks/batch", "{\"items\":[\"" + "x".repeat(9_000_000) + "\"]}");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anOversizeBodySentWithoutALengthIsRefusedOnceItIsReadPastTheLimit() throws Exception {
        byte[] body = ("{\"items\":[\"" + "x".repeat(9_000_000) + "\"]}").getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/listing-checks/batch"))
                .header("X-Api-Key", "demo-platform-a-key").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))) // chunked
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
    }

    @Test
    void aNonsenseCertificateNumberInThePathIsA400NotA500() {
        Response response = Api.asPerson(port, "auditor").get("/api/v1/certificates/not-a-number");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("number");
    }
}
