package io.tianping.app.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;

/**
 * Requests made from the served OpenAPI document, the way a careless or hostile client would make them: any
 * operation, as anyone, with path and query values that fit or do not, bodies built from the operation's schema with
 * some values swapped for {@link HostileValues hostile} ones, and now and then the wrong method, media type, encoding,
 * or a path that does not exist. Seeded: the same seed makes the same requests.
 */
final class ContractFuzz {

    /** One request as bytes on the wire (the body may be invalid UTF-8 on purpose). */
    record Request(String method, String path, List<String> headers, byte[] body) {

        String describe() {
            String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return "%s %s %s %.300s".formatted(method, path, headers, shown);
        }
    }

    private record Operation(String method, String path, JsonNode node) { }

    private static final List<String> WHO = List.of("", "X-Api-Key: demo-platform-a-key", "X-Api-Key: demo-cert-body-key",
            "X-Api-Key: no-such-key", basic("regulator-zj"), basic("regulator-js"), basic("auditor"), basic("admin"),
            "Authorization: Bearer x", "Authorization: Basic !!!");
    // (a wrong password costs a bcrypt, ~0.1 s, by design: FuzzedPlatformTest's own requests and the security tests try those)
    private static final List<String> ACCEPT = List.of("application/json", "application/problem+json", "*/*", "text/html",
            "application/xml", "image/png", "text/event-stream");
    private static final List<String> CONTENT_TYPE = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "application/octet-stream", "");
    private static final List<String> PATH_VALUES = List.of("2024010717000123", "1", "0", "-1", "00000000-0000-0000-0000-000000000000",
            "91330100716105852F", "330000", "platform-a", "%00", "%2e%2e", "..", "%E0%A4%A", "%", "%25", "a%2Fb", "電熱水壺",
            "%F0%9F%98%80", "x".repeat(300), "%C0%AE", "%u0000", "null", "true", "' or 1=1 --");
    private static final List<String> QUERY_VALUES = List.of("0", "1", "-1", "20", "500", "501", "2147483648", "abc", "",
            "%00", "%E0%A4%A", "%FF", "1e999", "2026-11-30", "2026-02-30", "2026-11-30T00:00:00Z", "VALID", "FILED",
            "x".repeat(300), "电热水壶", "%2B", "true", "null");

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();
    private final SplittableRandom random;

    ContractFuzz(JsonNode document, long seed) {
        this.document = document;
        this.random = new SplittableRandom(seed);
        for (var path : document.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
            }
        }
    }

    int operationCount() {
        return operations.size();
    }

    /** The {@code i}-th request: every operation in turn first, then at random. */
    Request next(int i) {
        Operation operation = i < operations.size() ? operations.get(i) : operations.get(random.nextInt(operations.size()));
        int twist = random.nextInt(100);
        String method = twist < 5 ? pick(List.of("PUT", "PATCH", "DELETE", "POST", "GET", "OPTIONS", "TRACE")) : operation.method();
        String path = twist >= 5 && twist < 8 ? operation.path() + "/" + pick(PATH_VALUES) : path(operation);
        if (twist >= 8 && twist < 10) {
            path = "/api/v1/" + pick(List.of("nothing", "certificates/../../etc/passwd", "odr/x", "%ZZ", "a;b=c", "admin/")) ;
        }
        var headers = new ArrayList<String>();
        String who = pick(WHO);
        if (!who.isEmpty()) {
            headers.add(who);
        }
        headers.add("Accept: " + (random.nextInt(4) == 0 ? pick(ACCEPT) : "application/json"));
        if (random.nextInt(20) == 0) {
            headers.add("Idempotency-Key: " + pick(List.of("", "k".repeat(300), "fuzz-" + random.nextInt(5))));
        }
        byte[] body = null;
        if (operation.node().has("requestBody") || method.equals("POST") || method.equals("PUT")) {
            body = body(operation);
            int media = random.nextInt(20);
            headers.add("Content-Type: " + (media == 0 ? pick(CONTENT_TYPE) : "application/json"));
        }
        return new Request(method, path + query(operation), headers, body);
    }

    private String path(Operation operation) {
        String path = operation.path();
        while (path.contains("{")) {
            int open = path.indexOf('{');
            int close = path.indexOf('}', open);
            path = path.substring(0, open) + pick(PATH_VALUES) + path.substring(close + 1);
        }
        return path;
    }

    private String query(Operation operation) {
        var joiner = new StringJoiner("&", "?", "");
        joiner.setEmptyValue("");
        for (JsonNode parameter : operation.node().path("parameters")) {
            if (parameter.path("in").asString().equals("query") && random.nextInt(3) > 0) {
                joiner.add(parameter.get("name").asString() + "=" + queryValue(parameter.path("schema")));
            }
        }
        if (random.nextInt(15) == 0) {
            joiner.add(pick(List.of("unknown", "page", "size", "%00", "q")) + "=" + pick(QUERY_VALUES));
        }
        return joiner.toString();
    }

    private String queryValue(JsonNode schema) {
        if (schema.has("enum") && random.nextBoolean()) {
            var values = schema.get("enum");
            return values.get(random.nextInt(values.size())).asString();
        }
        return pick(QUERY_VALUES);
    }

    private byte[] body(Operation operation) {
        int kind = random.nextInt(40);
        if (kind == 0) {
            return new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        }
        if (kind == 1) {
            return pick(List.of("", "{", "[1,", "{\"a\":}", "\u0000", "null", "[]", "\"x\"", "{" .repeat(5_000),
                    "{\"a\":" + "[".repeat(60) + "]".repeat(60) + "}")).getBytes(StandardCharsets.UTF_8);
        }
        JsonNode schema = operation.node().path("requestBody").path("content").path("application/json").path("schema");
        String json = schema.isMissingNode() ? "{}" : value(schema, 0);
        if (kind < 20 && json.length() > 2) {
            var hostile = new Requests(operation.path(), "", json).withValue(random.nextInt(1_000), HostileValues.any(random));
            json = hostile.body();
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** A plausible JSON value for {@code schema}; sometimes a field is left out or an unknown one is added. */
    private String value(JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return depth > 6 ? "null" : value(document.get("components").get("schemas").get(name), depth + 1);
        }
        if (schema.has("enum")) {
            var values = schema.get("enum");
            return "\"" + values.get(random.nextInt(values.size())).asString() + "\"";
        }
        String type = schema.path("type").asString("object");
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> "[" + value(schema.path("items"), depth + 1) + "]";
            case "integer" -> String.valueOf(random.nextInt(-5, 2_000));
            case "number" -> pick(List.of("1", "129.00", "0.5", "1000000"));
            case "boolean" -> String.valueOf(random.nextBoolean());
            default -> "\"" + string(schema) + "\"";
        };
    }

    private String object(JsonNode schema, int depth) {
        var joiner = new StringJoiner(",", "{", "}");
        for (var property : schema.path("properties").properties()) {
            if (random.nextInt(12) > 0) {
                joiner.add("\"" + property.getKey() + "\":" + value(property.getValue(), depth + 1));
            }
        }
        if (random.nextInt(25) == 0) {
            joiner.add("\"certificateNo\":\"x\"");
        }
        return joiner.toString();
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asString("");
        return switch (format) {
            case "date" -> pick(List.of("2026-11-30", "2025-03-01", "2026-02-30"));
            case "date-time" -> pick(List.of("2026-11-30T08:00:00Z", "2026-11-30T08:00:00+08:00", "yesterday"));
            case "uri", "uri-reference" -> pick(List.of("https://example.com/hook", "http://127.0.0.1:1/x", "ftp://x"));
            default -> pick(List.of("91330100716105852F", "2024010717000123", "0717", "330000", "platform-a", "SWF-17E",
                    "电热水壶", "A-1", "00000000-0000-0000-0000-000000000000", "RECEIVED", "x"));
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String basic(String user) {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString((user + ":demo-password").getBytes(StandardCharsets.UTF_8));
    }
}
