package io.tianping.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls the platform over HTTP as one principal: an organisation by API key or a person by HTTP Basic. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PLATFORM_KEY = "demo-platform-a-key";
    static final String CERT_BODY_KEY = "demo-cert-body-key";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String header;
    private final String value;

    private Http(URI base, String header, String value) {
        this.base = base;
        this.header = header;
        this.value = value;
    }

    static Http withKey(URI base, String apiKey) {
        return new Http(base, "X-Api-Key", apiKey);
    }

    static Http anonymous(URI base) {
        return new Http(base, null, null);
    }

    static Http asPerson(URI base, String user) {
        String basic = Base64.getEncoder().encodeToString((user + ":demo-password").getBytes(StandardCharsets.UTF_8));
        return new Http(base, "Authorization", "Basic " + basic);
    }

    /** @param location the {@code Location} header, or null */
    record Response(int status, String body, String location) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        Response expect(int... statuses) {
            for (int expected : statuses) {
                if (status == expected) {
                    return this;
                }
            }
            throw new IllegalStateException("HTTP " + status + ": " + body);
        }
    }

    Response get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        var request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json");
        return header == null ? request : request.header(header, value);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
