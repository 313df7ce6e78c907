package io.tianping.app.web.contract;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RFC 9457 problem every 4xx answers with (api.md, "Errors"), as a shared {@code Problem} schema and one shared
 * response per status, each with an example of what the platform sends.
 */
final class ProblemDocumentation {

    static final String PROBLEM_JSON = "application/problem+json";

    /** The shared responses, by status; operations refer to them by name. */
    enum Answer {
        BAD_REQUEST(400, "BadRequest", "invalid-request",
                "A field is missing, malformed or out of bounds; `errors` names each one.",
                "The request has invalid fields.", "/api/v1/listing-checks",
                List.of(Map.of("field", "merchant.creditCode", "message", "credit code must have 18 characters, '123' has 3"))),
        UNAUTHORIZED(401, "Unauthorized", "unauthenticated", "No credentials, or credentials that are not valid.",
                "Send an X-Api-Key header (organisations) or HTTP Basic credentials (people). Invalid API key.",
                "/api/v1/takedown-notices", null),
        FORBIDDEN(403, "Forbidden", "forbidden",
                "The caller's role may not do this, or the resource belongs to another organisation or region.",
                "Your role may not do this.", "/api/v1/certificates", null),
        NOT_FOUND(404, "NotFound", "not-found",
                "No such resource, or none the caller may see (answered alike, so nothing leaks).",
                "No certificate 2025010717000001", "/api/v1/certificates/2025010717000001", null),
        CONFLICT(409, "Conflict", "rule-violated", "A rule forbids the change in the resource's current state.",
                "Certificate 2025010717000001 is REVOKED, only a valid certificate can be suspended",
                "/api/v1/certificates/2025010717000001/suspension", null),
        PAYLOAD_TOO_LARGE(413, "PayloadTooLarge", "payload-too-large",
                "The body is larger than the platform accepts (8 MiB unless configured otherwise).",
                "The body is 9000013 bytes; at most 8388608 are accepted.", "/api/v1/listing-checks/batch", null);

        final int status;
        final String name;
        private final String slug;
        private final String description;
        private final String detail;
        private final String instance;
        private final List<Map<String, String>> errors;

        Answer(int status, String name, String slug, String description, String detail, String instance,
               List<Map<String, String>> errors) {
            this.status = status;
            this.name = name;
            this.slug = slug;
            this.description = description;
            this.detail = detail;
            this.instance = instance;
            this.errors = errors;
        }

        String ref() {
            return "#/components/responses/" + name;
        }

        private ApiResponse response() {
            var example = new LinkedHashMap<String, Object>();
            example.put("type", "https://tianping.io/problems/" + slug);
            example.put("title", org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase());
            example.put("status", status);
            example.put("detail", detail);
            example.put("instance", instance);
            if (errors != null) {
                example.put("errors", errors);
            }
            return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))
                            .examples(Map.of(slug, new Example().value(example)))));
        }
    }

    private ProblemDocumentation() {
    }

    static Components addTo(Components components) {
        components.addSchemas("Problem", new ObjectSchema()
                .description("An RFC 9457 problem: what went wrong, for people (title, detail) and programs (type, status).")
                .addProperty("type", new StringSchema().format("uri").description("One stable URI per kind of problem"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().format("int32"))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri").description("The path that was called"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/InvalidField"))
                        .description("For invalid input: each field that is wrong"))
                .required(List.of("type", "title", "status")));
        components.addSchemas("InvalidField", new ObjectSchema()
                .addProperty("field", new StringSchema().description("The path of the field, e.g. items[3].merchant.name"))
                .addProperty("message", new StringSchema())
                .required(List.of("field", "message")));
        for (Answer answer : Answer.values()) {
            components.addResponses(answer.name, answer.response());
        }
        return components;
    }
}
