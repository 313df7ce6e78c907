package io.tianping.app.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.FileAppender;
import io.tianping.app.support.Api;
import io.tianping.app.support.TianpingTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log file is JSON, one object a line, and a line written while a request is handled carries the request's
 * correlation id and the trace id of the W3C traceparent the caller sent: an operator follows one call across nodes.
 */
@TianpingTest
class StructuredLogsTest {

    @LocalServerPort int port;

    @Test
    void aLineOfARequestCarriesItsCorrelationIdAndTheCallersTrace() throws Exception {
        var admin = Api.asPerson(port, "admin");
        String id = "platform-log-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/v1/admin/organisations", """
                {"id":"%s","role":"PLATFORM","displayName":"Log test","organisation":"platform-log"}""".formatted(id));
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String traceparent = "00-%s-%s-01".formatted(traceId, HexFormat.of().formatHex(randomBytes(8)));
        String correlationId = UUID.randomUUID().toString();

        var replaced = admin.post("/api/v1/admin/organisations/" + id + "/api-key", "",
                "traceparent", traceparent, "X-Correlation-Id", correlationId);
        assertThat(replaced.status()).isEqualTo(200);

        Path file = Path.of(((FileAppender<?>) ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("ROOT")
                .getAppender("FILE")).getFile());
        JsonNode line = await().atMost(Duration.ofSeconds(10)).until(() -> Files.readAllLines(file).stream()
                .filter(text -> text.contains("API key of " + id)).findFirst().map(JsonMapper.shared()::readTree)
                .orElse(null), found -> found != null);
        assertThat(line.toString()).contains(correlationId).contains(traceId);
        assertThat(line.get("@timestamp")).isNotNull();
        assertThat(line.get("log").get("level").asString()).isEqualTo("INFO");
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
