package io.tianping.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running platform over real HTTP as one of the demo principals of api.md. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String headerName;
    private final String headerValue;

    private Api(int port, String headerName, String headerValue) {
        this.base = "http://localhost:" + port;
        this.headerName = headerName;
        this.headerValue = headerValue;
    }

    public static Api withKey(int port, String apiKey) {
        return new Api(port, "X-Api-Key", apiKey);
    }

    public static Api asPerson(int port, String user) {
        return withPassword(port, user, "demo-password");
    }

    public static Api withPassword(int port, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(port, "Authorization", "Basic " + basic);
    }

    public static Api anonymous(int port) {
        return new Api(port, null, null);
    }

    public static Api platformA(int port) {
        return withKey(port, "demo-platform-a-key");
    }

    public static Api platformB(int port) {
        return withKey(port, "demo-platform-b-key");
    }

    public static Api certBody(int port) {
        return withKey(port, "demo-cert-body-key");
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET that accepts any media type (Prometheus text, HTML). */
    public Response getAny(String path) {
        return send(request(path).setHeader("Accept", "*/*").GET());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with extra headers, e.g. {@code Idempotency-Key}. */
    public Response post(String path, String json, String... headers) {
        return send(request(path).headers(headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST of another media type than JSON, e.g. {@code text/csv}. */
    public Response postAs(String contentType, String path, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, application/problem+json");
        return headerName == null ? builder : builder.header(headerName, headerValue);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    public record Response(int status, String body, String contentType, String location,
                           java.util.Map<String, java.util.List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().getFirst()).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
