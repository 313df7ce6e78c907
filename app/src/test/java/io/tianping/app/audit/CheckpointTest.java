package io.tianping.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Signed checkpoints of every chain head: the end of a history cannot vanish unseen, nor a checkpoint change. */
@TianpingTest
class CheckpointTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Checkpointer checkpointer;
    @Autowired CheckpointKey key;

    @Test
    void deletingTheLastEventAfterACheckpointIsDetectedAsTruncation() {
        String number = certificateWithThreeEvents();
        List<Long> made = checkpointer.checkpoint();
        assertThat(made).isNotEmpty();
        JsonNode before = integrity(number);
        assertThat(before.get("intact").asBoolean()).isTrue();
        assertThat(before.get("checkpointedSequence").asLong()).isEqualTo(2);

        jdbc.sql("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 2").param(number).update();

        JsonNode after = integrity(number);
        assertThat(after.get("intact").asBoolean()).isFalse();
        assertThat(after.get("truncated").asBoolean()).isTrue();
        assertThat(after.get("checkpointedSequence").asLong()).isEqualTo(2);
        assertThat(after.get("firstBrokenSequence").asLong()).isEqualTo(2);
        assertThat(made).contains(after.get("checkpoint").asLong());
        assertThat(after.get("eventsChecked").asInt()).as("what is left still chains").isEqualTo(2);
    }

    @Test
    void deletingEveryEventOfACheckpointedAggregateIsATruncationNotAnUnknownAggregate() {
        String number = certificateWithThreeEvents();
        checkpointer.checkpoint();
        jdbc.sql("delete from domain_event_entry where aggregate_identifier = ?").param(number).update();
        var answer = Api.asPerson(port, "auditor").get("/api/v1/audit/certificate/" + number + "/integrity");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("truncated").asBoolean()).isTrue();
        assertThat(answer.json().get("firstBrokenSequence").asLong()).isZero();
    }

    @Test
    void appendsAfterACheckpointStayIntactAndTheNextCheckpointRecordsThem() {
        String number = certificateWithThreeEvents();
        checkpointer.checkpoint();
        assertThat(Api.certBody(port).post("/api/v1/certificates/" + number + "/revocation",
                "{\"reason\":\"假冒认证\"}").status()).isEqualTo(200);

        JsonNode appended = integrity(number);
        assertThat(appended.get("intact").asBoolean()).isTrue();
        assertThat(appended.get("eventsChecked").asInt()).isEqualTo(4);
        assertThat(appended.get("checkpointedSequence").asLong()).isEqualTo(2);

        List<Long> next = checkpointer.checkpoint();
        JsonNode recorded = integrity(number);
        assertThat(recorded.get("intact").asBoolean()).isTrue();
        assertThat(recorded.get("checkpointedSequence").asLong()).isEqualTo(3);
        assertThat(next).contains(recorded.get("checkpoint").asLong());
        assertThat(checkpointer.checkpoint()).as("nothing changed since").isEmpty();
    }

    @Test
    void aRewrittenHeadNoLongerMatchesItsCheckpoint() {
        String number = certificateWithThreeEvents();
        checkpointer.checkpoint();
        // a rewrite that recomputes the chain would pass the chain check: the checkpointed hash is what catches it
        jdbc.sql("update audit_checkpoint_head set head_hash = repeat('0', 64) where aggregate_id = ?").param(number).update();
        JsonNode report = integrity(number);
        assertThat(report.get("intact").asBoolean()).isFalse();
        assertThat(report.get("truncated").asBoolean()).isFalse();
        assertThat(report.get("firstBrokenSequence").asLong()).isEqualTo(2);
    }

    @Test
    void exportedCheckpointsVerifyOfflineWithTheKeyAndATamperedOneDoesNot() throws Exception {
        certificateWithThreeEvents();
        long id = checkpointer.checkpoint().getFirst();
        JsonNode exported = checkpoint(id);
        assertThat(exported.get("verified").asBoolean()).isTrue();
        assertThat(exported.get("headCount").asInt()).isEqualTo(exported.get("heads").size()).isPositive();

        // offline: the key of the default run is kept owner-only in the data directory
        Path keyFile = Path.of(key.source().orElseThrow());
        assertThat(keyFile.getFileName()).hasToString("checkpoints.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        String key = Files.readString(keyFile).strip();
        assertThat(hmac(key, exported.get("signedText").asString())).isEqualTo(exported.get("signature").asString());
        assertThat(exported.get("signedText").asString()).contains("id=" + id + "\n")
                .contains("root=" + exported.get("merkleRoot").asString());

        jdbc.sql("update audit_checkpoint_head set last_sequence = last_sequence + 1 where checkpoint_id = ? and position = 0")
                .param(id).update();
        JsonNode tampered = checkpoint(id);
        assertThat(tampered.get("verified").asBoolean()).isFalse();
        assertThat(tampered.get("verification").asString()).contains("do not hash to its root");

        jdbc.sql("update audit_checkpoint_head set last_sequence = last_sequence - 1 where checkpoint_id = ? and position = 0")
                .param(id).update();
        jdbc.sql("update audit_checkpoint set made_at = made_at - interval '1 hour' where id = ?").param(id).update();
        JsonNode redated = checkpoint(id);
        assertThat(redated.get("verified").asBoolean()).isFalse();
        assertThat(redated.get("verification").asString()).isEqualTo("the signature does not match");
    }

    @Test
    void onlyAuditorsExportCheckpoints() {
        assertThat(Api.asPerson(port, "auditor").get("/api/v1/audit/checkpoints").status()).isEqualTo(200);
        assertThat(Api.asPerson(port, "regulator-national").get("/api/v1/audit/checkpoints").status()).isEqualTo(403);
        assertThat(Api.platformA(port).get("/api/v1/audit/checkpoints").status()).isEqualTo(403);
        var tooMany = Api.asPerson(port, "auditor").get("/api/v1/audit/checkpoints?limit=1000");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("limit");
    }

    private JsonNode checkpoint(long id) {
        JsonNode page = Api.asPerson(port, "auditor").get("/api/v1/audit/checkpoints?after=" + (id - 1) + "&limit=1").json();
        assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(id);
        return page.get("items").get(0);
    }

    private JsonNode integrity(String number) {
        return Api.asPerson(port, "auditor").get("/api/v1/audit/certificate/" + number + "/integrity").json();
    }

    private String certificateWithThreeEvents() {
        String number = Certificates.newNumber("0717");
        assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
        assertThat(Api.certBody(port).post("/api/v1/certificates/" + number + "/suspension",
                "{\"reason\":\"工厂检查不合格\"}").status()).isEqualTo(200);
        assertThat(Api.certBody(port).post("/api/v1/certificates/" + number + "/reinstatement",
                "{\"reason\":\"整改完成\"}").status()).isEqualTo(200);
        return number;
    }

    private static String hmac(String key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
