package io.tianping.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Auditors replay a certificate's history with who and why, and any change to a stored byte is caught. */
@TianpingTest
class AuditTrailTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void theHistoryShowsWhoDidWhatAndWhyAndIsIntact() {
        String number = certificateWithThreeEvents();
        JsonNode events = Api.asPerson(port, "auditor").get(eventsOf(number)).json();
        assertThat(events).hasSize(3);
        assertThat(events.get(0).get("type").asString()).isEqualTo("CertificateIssued");
        assertThat(events.get(1).get("type").asString()).isEqualTo("CertificateSuspended");
        JsonNode suspension = events.get(1).get("metadata");
        assertThat(suspension.get("actor").asString()).isEqualTo("demo-cert-body");
        assertThat(suspension.get("role").asString()).isEqualTo("CERTIFICATION_BODY");
        assertThat(suspension.get("reason").asString()).isEqualTo("工厂检查不合格");
        assertThat(suspension.get("correlationId").asString()).isNotBlank();
        assertThat(events.get(1).get("previousHash").asString()).isEqualTo(events.get(0).get("hash").asString());

        JsonNode integrity = Api.asPerson(port, "auditor").get(integrityOf(number)).json();
        assertThat(integrity.get("intact").asBoolean()).isTrue();
        assertThat(integrity.get("eventsChecked").asInt()).isEqualTo(3);
        assertThat(integrity.get("firstBrokenSequence").isNull()).isTrue();
    }

    @Test
    void changingOneStoredPayloadByteBreaksTheChainAtThatEvent() {
        String number = certificateWithThreeEvents();
        int changed = jdbc.sql("""
                update domain_event_entry set payload = overlay(payload placing '\\x30'::bytea from 30 for 1)
                where aggregate_identifier = ? and sequence_number = 1""").param(number).update();
        assertThat(changed).isEqualTo(1);
        JsonNode integrity = Api.asPerson(port, "auditor").get(integrityOf(number)).json();
        assertThat(integrity.get("intact").asBoolean()).isFalse();
        assertThat(integrity.get("firstBrokenSequence").asLong()).isEqualTo(1);
    }

    @Test
    void changingStoredMetadataBreaksTheChainAtThatEvent() {
        String number = certificateWithThreeEvents();
        jdbc.sql("""
                update domain_event_entry set meta_data = convert_to(replace(convert_from(meta_data, 'UTF8'),
                    'demo-cert-body', 'demo-cert-bodz'), 'UTF8') where aggregate_identifier = ? and sequence_number = 2""")
                .param(number).update();
        JsonNode integrity = Api.asPerson(port, "auditor").get(integrityOf(number)).json();
        assertThat(integrity.get("intact").asBoolean()).isFalse();
        assertThat(integrity.get("firstBrokenSequence").asLong()).isEqualTo(2);
    }

    @Test
    void deletingAnEventFromTheMiddleIsDetected() {
        String number = certificateWithThreeEvents();
        jdbc.sql("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 1").param(number).update();
        JsonNode integrity = Api.asPerson(port, "auditor").get(integrityOf(number)).json();
        assertThat(integrity.get("intact").asBoolean()).isFalse();
        assertThat(integrity.get("firstBrokenSequence").asLong()).isEqualTo(1);
    }

    @Test
    void regulatorsReadTheirRegionOnlyAndPlatformsNothing() {
        String number = certificateWithThreeEvents(); // the holder is registered in Hangzhou, Zhejiang
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.asPerson(port, "auditor")
                .get("/api/v1/certificates/" + number).status() == 200);
        assertThat(Api.asPerson(port, "regulator-zj").get(eventsOf(number)).status()).isEqualTo(200);
        assertThat(Api.asPerson(port, "regulator-js").get(eventsOf(number)).status()).isEqualTo(404);
        assertThat(Api.asPerson(port, "regulator-national").get(integrityOf(number)).status()).isEqualTo(200);
        assertThat(Api.platformA(port).get(eventsOf(number)).status()).isEqualTo(403);
        assertThat(Api.asPerson(port, "auditor").get(eventsOf("2025010717000000")).status()).isEqualTo(404);
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

    private static String eventsOf(String number) {
        return "/api/v1/audit/certificate/" + number + "/events";
    }

    private static String integrityOf(String number) {
        return "/api/v1/audit/certificate/" + number + "/integrity";
    }
}
