package io.tianping.app.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.traceability.gs1.CheckDigit;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Helpers for traceability's HTTP tests: fresh GTINs, certificates naming the demo manufacturer, capture and wait. */
public final class Trace {

    static final String MAKER = Certificates.HOLDER; // demo-manufacturer's credit code
    static final String MAKER_KEY = "demo-manufacturer-key";
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000L);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Trace() {
    }

    /** A new valid GTIN-14 in GS1 China's range (690…). */
    public static String newGtin() {
        String digits = "0690" + "%09d".formatted(NEXT.incrementAndGet());
        return digits + CheckDigit.of(digits);
    }

    public static Api maker(int port) {
        return Api.withKey(port, MAKER_KEY);
    }

    /** Issues a VALID kettle certificate naming the demo manufacturer, models SWF-17E and SWF-15E; returns its number. */
    static String kettleCertificate(int port) {
        String number = Certificates.newNumber("0717");
        var issued = Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return number;
    }

    public static void register(int port, String gtin, String model, String certificate) {
        var registered = maker(port).post("/api/v1/traceability/products", """
                {"gtin":"%s","name":"苏泊尔电热水壶 1.7L","model":"%s","certificateNumber":"%s"}"""
                .formatted(gtin, model, certificate));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    /** Captures {@code document} as {@code api} and waits for the job to finish; returns the job. */
    public static JsonNode capture(Api api, String document, String... headers) {
        var accepted = headers.length == 0 ? api.post("/api/v1/traceability/epcis/capture", document)
                : api.post("/api/v1/traceability/epcis/capture", document, headers);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.location();
        assertThat(location).startsWith("/api/v1/traceability/epcis/capture/");
        await().atMost(Duration.ofSeconds(30)).until(() -> !api.get(location).json().get("running").asBoolean());
        return api.get(location).json();
    }

    /** An EPCIS document commissioning serials of a GTIN in a lot, by Digital Link. */
    public static String commissioning(String gtin, String lot, String... serials) {
        var epcs = new StringBuilder();
        for (String serial : serials) {
            epcs.append(epcs.isEmpty() ? "" : ",").append("\"https://id.gs1.org/01/%s/10/%s/21/%s\"".formatted(gtin, lot, serial));
        }
        return document("""
                {"type":"ObjectEvent","eventTime":"2026-11-01T08:00:00+08:00","eventTimeZoneOffset":"+08:00",
                 "epcList":[%s],"action":"ADD","bizStep":"commissioning","disposition":"active",
                 "readPoint":{"id":"urn:epc:id:sgln:0614141.00346.0"}}""".formatted(epcs));
    }

    static String document(String... events) {
        return """
                {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",{"tianping":"https://tianping.io/epcis/"}],
                 "type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-11-01T08:00:00Z",
                 "epcisBody":{"eventList":[%s]}}""".formatted(String.join(",", events));
    }

    /** GET with an Accept header of the caller's choosing (the resolver's content negotiation). */
    static HttpResponse<String> getAccepting(int port, String path, String accept) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
