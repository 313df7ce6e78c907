package io.tianping.app.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.TianpingTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What a platform generating a client from {@code /v3/api-docs} relies on: the document says what the API does. */
@TianpingTest
class ApiDocumentTest {

    /** Members of the generated clients' base classes (typescript-fetch BaseAPI, Java ApiClient): ids that break them. */
    private static final Set<String> CLIENT_MEMBERS = Set.of("configuration", "request", "middleware", "withMiddleware",
            "withPreMiddleware", "withPostMiddleware", "createFetchParams", "fetchApi", "clone", "isJsonMime",
            "getApiClient", "setApiClient", "getResponseBody");
    private static final String UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    @LocalServerPort int port;
    private JsonNode document;

    @BeforeEach
    void read() {
        document = Api.anonymous(port).get("/v3/api-docs").json();
    }

    @Test
    void identifiersAndMoneyAreTheStringsTheApiSends() {
        JsonNode notice = schema("TakedownNoticeView").get("properties");
        assertString(notice.get("id"), UUID);
        assertString(notice.get("certificateNumber"), "^(200[1-9]|20[1-9]\\d|2[1-9]\\d{2})\\d{12}$");
        assertString(notice.get("platform"), "^[a-z0-9-]{2,64}$");
        assertString(schema("CaseResponse").get("properties").get("caseId"), UUID);
        assertString(schema("CaseResponse").get("properties").get("sharedRegions").get("items"), "^\\d{6}$");
        assertString(schema("SelectedListing").get("properties").get("price"), "^\\d{1,12}\\.\\d{2}$");
        assertString(schema("CertificateView").get("properties").get("catalogueCode"), "^\\d{4}$");
        assertThat(schema("Party").get("properties").get("creditCode").get("type").asString()).isEqualTo("string");
        assertThat(document.get("components").get("schemas").propertyNames())
                .doesNotContain("CertificateNumber", "TakedownNoticeId", "CaseId", "CreditCode", "RegionCode", "PlatformId",
                        "CatalogueCode", "Money");
    }

    @Test
    void aFieldIsRequiredUnlessItMayBeNullAndThenItsTypeSaysSo() {
        JsonNode notice = schema("TakedownNoticeView");
        assertThat(notice.get("required").valueStream().map(JsonNode::asString).toList())
                .contains("id", "certificateNumber", "listingId", "platform", "status", "dueBy")
                .doesNotContain("acknowledgedAt", "removedAt");
        assertThat(notice.get("properties").get("removedAt").get("type").valueStream().map(JsonNode::asString).toList())
                .containsExactly("string", "null");
        JsonNode check = schema("ListingCheckResponse").get("properties").get("certificate");
        assertThat(check.get("anyOf").get(1).get("type").asString()).as("a nested record that may be null").isEqualTo("null");
        assertThat(schema("ListingCheckRequest").get("required").valueStream().map(JsonNode::asString).toList())
                .as("what a platform must send").contains("listingId", "merchant", "catalogueCode", "price")
                .doesNotContain("certificateNumber", "title");
        JsonNode ground = schema("ComplaintView").get("properties").get("rejectionGround");
        assertThat(ground.get("enum").get(ground.get("enum").size() - 1).isNull()).as("a nullable enum allows null").isTrue();
    }

    @Test
    void everyJsonBodyIsTheObjectTheApiReads() {
        JsonNode reason = schema("ReasonRequest");
        assertThat(reason.get("type").asString()).isEqualTo("object");
        assertThat(reason.get("properties").get("reason").get("maxLength").asInt()).isEqualTo(4000);
        assertThat(reason.get("properties").get("reason").has("pattern")).as("bounded like every request field").isTrue();
        for (JsonNode operation : operations()) {
            JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
            if (!body.isMissingNode() && !body.has("$ref")) {
                assertThat(body.path("type").asString()).as(operation.get("operationId").asString()).isIn("object", "array");
            }
        }
    }

    @Test
    void theCallerIsKnownFromTheCredentialsNeverSentAsAParameter() {
        assertThat(parameters("/api/v1/takedown-notices", "get")).containsExactly("after", "limit");
        assertThat(parameters("/api/v1/enforcement/cases/{id}", "get")).containsExactly("id", "asOf");
        for (JsonNode operation : operations()) {
            for (JsonNode parameter : operation.path("parameters")) {
                assertThat(parameter.get("schema").has("$ref")).as(operation.get("operationId") + " " + parameter).isFalse();
            }
        }
        assertThat(document.get("components").get("schemas").has("Actor")).isFalse();
    }

    @Test
    void everyOperationNeedsAnApiKeyOrALogin() {
        JsonNode schemes = document.get("components").get("securitySchemes");
        assertThat(schemes.get("apiKey").get("type").asString()).isEqualTo("apiKey");
        assertThat(schemes.get("apiKey").get("in").asString()).isEqualTo("header");
        assertThat(schemes.get("apiKey").get("name").asString()).isEqualTo("X-Api-Key");
        assertThat(schemes.get("basic").get("type").asString()).isEqualTo("http");
        assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
        assertThat(document.get("security").toString()).isEqualTo("[{\"apiKey\":[]},{\"basic\":[]}]");
        for (JsonNode operation : operations()) {
            assertThat(operation.has("security")).as(operation.get("operationId").asString()).isFalse();
        }
    }

    @Test
    void operationIdsAreUniqueVerbsThatNoGeneratedClientReserves() {
        List<String> ids = new ArrayList<>();
        operations().forEach(operation -> ids.add(operation.get("operationId").asString()));

        assertThat(ids).doesNotHaveDuplicates().doesNotContainAnyElementsOf(CLIENT_MEMBERS)
                .allSatisfy(id -> assertThat(id).matches("[a-z]+[A-Z][A-Za-z]*"))
                .contains("issueCertificate", "checkListing", "listTakedownNotices", "acknowledgeTakedownNotice",
                        "findCertificate", "checkAuditIntegrity", "requestAssistance");
    }

    @Test
    void schemaNamesNameWhatTheyHold() {
        assertThat(schema("IntegrityReport").get("properties").propertyNames())
                .containsExactlyInAnyOrder("intact", "eventsChecked", "firstBrokenSequence", "unchained", "checkpoint",
                        "checkpointedSequence", "truncated");
        assertThat(response("/api/v1/audit/{aggregateType}/{aggregateId}/integrity", "get", "200"))
                .isEqualTo("#/components/schemas/IntegrityReport");
        assertThat(response("/api/v1/certificates/batch", "post", "200")).isEqualTo("#/components/schemas/CertificateBatchResponse");
        assertThat(response("/api/v1/listing-checks/batch", "post", "200")).isEqualTo("#/components/schemas/ListingCheckBatchResponse");
    }

    @Test
    void whatAPostCreatesIsA201WithItsLocation() {
        for (var created : List.of(List.of("/api/v1/certificates", "post"), List.of("/api/v1/enforcement/clues", "post"),
                List.of("/api/v1/enforcement/cases/{id}/assistance", "post"), List.of("/api/v1/spotcheck/plans", "post"),
                List.of("/api/v1/spotcheck/samples", "post"), List.of("/api/v1/admin/organisations", "post"),
                List.of("/api/v1/admin/people", "post"))) {
            JsonNode responses = document.get("paths").get(created.get(0)).get(created.get(1)).get("responses");
            assertThat(responses.get("201").get("headers").has("Location")).as(created.get(0)).isTrue();
            assertThat(responses.get("201").get("content").get("application/json").get("schema").has("$ref")).isTrue();
        }
        JsonNode issue = document.get("paths").get("/api/v1/certificates").get("post").get("responses");
        assertThat(issue.get("200").get("description").asString()).as("a repeated issue").contains("UNCHANGED");
        assertThat(document.get("paths").get("/api/v1/enforcement/clues").get("post").get("responses").has("200")).isFalse();
    }

    @Test
    void errorsAreProblemsWithAnExampleEach() {
        JsonNode problem = schema("Problem").get("properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "errors");
        assertThat(schema("InvalidField").get("properties").propertyNames()).containsExactlyInAnyOrder("field", "message");
        JsonNode responses = document.get("components").get("responses");
        for (String name : List.of("BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "PayloadTooLarge")) {
            JsonNode media = responses.get(name).get("content").get("application/problem+json");
            assertThat(media.get("schema").get("$ref").asString()).isEqualTo("#/components/schemas/Problem");
            assertThat(media.get("examples").size()).as(name).isPositive();
        }
        Map<String, String> acknowledge = problems("/api/v1/takedown-notices/{id}/acknowledgement", "post");
        assertThat(acknowledge).containsEntry("400", "BadRequest").containsEntry("401", "Unauthorized")
                .containsEntry("404", "NotFound").containsEntry("413", "PayloadTooLarge");
        assertThat(problems("/api/v1/takedown-notices", "get")).doesNotContainKeys("404", "409", "413");
    }

    /** Who may read each listing that pages: a bound is checked after the caller's role. */
    private static final Map<String, String> PAGED_READERS = Map.of(
            "/api/v1/certificates", "key:demo-platform-a-key", "/api/v1/takedown-notices", "key:demo-platform-a-key",
            "/api/v1/enforcement/cases", "person:regulator-zj", "/api/v1/enforcement/cases/search", "person:regulator-zj",
            "/api/v1/enforcement/overdue", "person:regulator-zj", "/api/v1/odr/complaints", "key:demo-12315-key",
            "/api/v1/spotcheck/results", "person:regulator-zj", "/api/v1/audit/checkpoints", "person:auditor",
            "/api/v1/admin/dead-letters", "person:admin");
    private static final Set<String> PAGING = Set.of("page", "size", "limit");

    @Test
    void everyPagingParameterDocumentsTheBoundsTheCodeEnforces() {
        var checked = new ArrayList<String>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            for (JsonNode parameter : method.getValue().path("parameters")) {
                String name = parameter.get("name").asString();
                if (!parameter.get("in").asString().equals("query") || !PAGING.contains(name)) {
                    continue;
                }
                JsonNode schema = parameter.get("schema");
                String where = method.getKey() + " " + path.getKey() + " " + name;
                assertThat(schema.get("type").asString()).as(where).isEqualTo("integer");
                assertThat(schema.has("minimum") && schema.has("maximum") && schema.has("default")).as(where + ": " + schema).isTrue();
                assertThat(schema.get("minimum").asLong()).as(where).isEqualTo(name.equals("page") ? 0 : 1);
                if (path.getKey().contains("{")) {
                    continue;
                }
                assertThat(PAGED_READERS).as("a reader for " + path.getKey()).containsKey(path.getKey());
                Api reader = reader(PAGED_READERS.get(path.getKey()));
                boolean sized = !name.equals("size") && parameters(path.getKey(), method.getKey()).contains("size");
                String query = path.getKey() + "?" + (sized ? "size=1&" : "") + name + "=";
                long maximum = schema.get("maximum").asLong();
                var atMaximum = reader.get(query + maximum);
                assertThat(atMaximum.status()).as(where + " at its documented maximum: " + atMaximum.body()).isEqualTo(200);
                var beyond = reader.get(query + (maximum + 1));
                assertThat(beyond.status()).as(where + " beyond its documented maximum: " + beyond.body()).isEqualTo(400);
                assertThat(beyond.contentType()).startsWith("application/problem+json");
                assertThat(beyond.body()).as(where + ": the problem names the parameter").contains(name);
                assertThat(reader.get(query + (schema.get("minimum").asLong() - 1)).status()).as(where + " below").isEqualTo(400);
                checked.add(where);
            }
        }));
        assertThat(checked).as("the paged listings").hasSizeGreaterThanOrEqualTo(14);
    }

    private Api reader(String who) {
        return who.startsWith("key:") ? Api.withKey(port, who.substring(4)) : Api.asPerson(port, who.substring(7));
    }

    @Test
    void aCaptureIsAcceptedForLaterNeverCreatedAtOnce() {
        JsonNode responses = document.get("paths").get("/api/v1/traceability/epcis/capture").get("post").get("responses");
        assertThat(responses.has("202")).isTrue();
        assertThat(responses.has("200") || responses.has("201")).as(responses.toString()).isFalse();
        assertThat(responses.get("202").get("headers").has("Location")).isTrue();
        assertThat(responses.get("202").get("content").get("application/json").get("schema").get("$ref").asString())
                .isEqualTo("#/components/schemas/CaptureAccepted");
        assertThat(parameters("/01/{gtin}/21/{serial}", "get")).as("Accept is a header a spec ignores as a parameter")
                .containsExactly("gtin", "serial");
    }

    private JsonNode schema(String name) {
        JsonNode schema = document.get("components").get("schemas").get(name);
        assertThat(schema).as("schema " + name).isNotNull();
        return schema;
    }

    private List<JsonNode> operations() {
        var operations = new ArrayList<JsonNode>();
        document.get("paths").forEach(path -> path.forEach(operations::add));
        return operations;
    }

    private List<String> parameters(String path, String method) {
        var names = new ArrayList<String>();
        document.get("paths").get(path).get(method).path("parameters").forEach(p -> names.add(p.get("name").asString()));
        return names;
    }

    private String response(String path, String method, String status) {
        return document.get("paths").get(path).get(method).get("responses").get(status).get("content")
                .get("application/json").get("schema").get("$ref").asString();
    }

    private Map<String, String> problems(String path, String method) {
        var problems = new java.util.LinkedHashMap<String, String>();
        var responses = document.get("paths").get(path).get(method).get("responses");
        for (String status : new HashSet<>(responses.propertyNames())) {
            if (responses.get(status).has("$ref")) {
                String ref = responses.get(status).get("$ref").asString();
                problems.put(status, ref.substring(ref.lastIndexOf('/') + 1));
            }
        }
        return problems;
    }

    private static void assertString(JsonNode property, String pattern) {
        assertThat(property.get("type").asString()).as(property.toString()).isEqualTo("string");
        assertThat(property.get("pattern").asString()).isEqualTo(pattern);
    }
}
