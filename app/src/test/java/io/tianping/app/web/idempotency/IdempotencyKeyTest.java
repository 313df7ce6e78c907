package io.tianping.app.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A retried POST with the same Idempotency-Key creates once and answers the same; another request with it is a 422. */
@TianpingTest
class IdempotencyKeyTest {

    private static final String CLUE = """
            {"source":"COMPLAINT","party":{"name":"杭州某电器商行","creditCode":"91350100M000100Y43"},
             "product":"电热水壶","description":"%s"}""";

    @LocalServerPort int port;

    @Test
    void aRetriedClueOpensOneCaseAndGetsTheSameAnswer() {
        var zj = Api.asPerson(port, "regulator-zj");
        String key = UUID.randomUUID().toString();
        String clue = CLUE.formatted("重复提交 " + key);

        var first = zj.post("/api/v1/enforcement/clues", clue, "Idempotency-Key", key);
        var retried = zj.post("/api/v1/enforcement/clues", clue, "Idempotency-Key", key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(retried.location()).isEqualTo(first.location());
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        String caseId = first.json().get("caseId").asString();
        assertThat(zj.get("/api/v1/enforcement/cases/" + caseId).status()).isEqualTo(200);
    }

    @Test
    void withoutAKeyARetryCreatesAgain() {
        var zj = Api.asPerson(port, "regulator-zj");
        String clue = CLUE.formatted("无键 " + UUID.randomUUID());
        assertThat(zj.post("/api/v1/enforcement/clues", clue).json().get("caseId").asString())
                .isNotEqualTo(zj.post("/api/v1/enforcement/clues", clue).json().get("caseId").asString());
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422() {
        var zj = Api.asPerson(port, "regulator-zj");
        String key = UUID.randomUUID().toString();
        assertThat(zj.post("/api/v1/enforcement/clues", CLUE.formatted("一 " + key), "Idempotency-Key", key).status())
                .isEqualTo(201);

        var other = zj.post("/api/v1/enforcement/clues", CLUE.formatted("二 " + key), "Idempotency-Key", key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("detail").asString()).contains("another request");
    }

    @Test
    void keysBelongToTheirCallerAndARefusalIsKeptToo() {
        String key = UUID.randomUUID().toString();
        String number = Certificates.newNumber("0717");
        var issued = Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number), "Idempotency-Key", key);
        assertThat(issued.status()).isEqualTo(201);
        // another caller with the same key is not answered from the body's stored answer
        var js = Api.asPerson(port, "regulator-js").post("/api/v1/enforcement/clues", CLUE.formatted("江苏 " + key),
                "Idempotency-Key", key);
        assertThat(js.status()).isEqualTo(201);
        assertThat(js.json().has("caseId")).isTrue();

        String bad = Certificates.kettle(Certificates.newNumber("0717")).replace("\"0717\"", "\"9999\"");
        var refused = Api.certBody(port).post("/api/v1/certificates", bad, "Idempotency-Key", key + "-bad");
        var refusedAgain = Api.certBody(port).post("/api/v1/certificates", bad, "Idempotency-Key", key + "-bad");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refusedAgain.status()).isEqualTo(400);
        assertThat(refusedAgain.body()).isEqualTo(refused.body());
    }

    @Test
    void aKeyLongerThanALineIsA400AndNothingIsCreated() {
        String description = "超长键 " + UUID.randomUUID();
        var response = Api.asPerson(port, "regulator-zj").post("/api/v1/enforcement/clues", CLUE.formatted(description),
                "Idempotency-Key", "k".repeat(201));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("Idempotency-Key");
    }
}
