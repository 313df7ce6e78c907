package io.tianping.app.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.TianpingTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client test generates its client from {@code src/test/resources/openapi.json}; this keeps that snapshot equal to
 * the document the platform serves, so what platforms generate from {@code /v3/api-docs} is what the suite tested.
 */
@TianpingTest
class OpenApiSnapshotTest {

    static final Path SNAPSHOT = Path.of("src/test/resources/openapi.json");
    private static final String REWRITE = "tianping.openapi.rewrite";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    @LocalServerPort int port;

    @Test
    void theServedDocumentIsTheCommittedSnapshot() throws IOException {
        var served = Api.anonymous(port).get("/v3/api-docs");
        assertThat(served.status()).isEqualTo(200);
        String document = pretty(served.json());
        if (Boolean.getBoolean(REWRITE)) {
            Files.writeString(SNAPSHOT, document, StandardCharsets.UTF_8);
        }

        assertThat(Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT, StandardCharsets.UTF_8) : "")
                .as("""
                        app/%s differs from the served /v3/api-docs. If the change to the contract is meant, refresh the \
                        snapshot and review its diff: mvn -o -B -pl app test -Dtest=OpenApiSnapshotTest -D%s=true""".formatted(
                        SNAPSHOT, REWRITE))
                .isEqualTo(document);
    }

    static String pretty(JsonNode document) {
        return JSON.writeValueAsString(document) + "\n";
    }
}
