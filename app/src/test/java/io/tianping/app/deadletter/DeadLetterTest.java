package io.tianping.app.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.TianpingApplication;
import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * One stored event no read model can read (its payload overwritten) and one certificate a read model's SQL fails on:
 * both wait as dead letters while every other certificate's events go on, health says DEGRADED, administrators see
 * and evict them, the platform still restarts on that store, and once the row is repaired the read models and the
 * takedown fan-out catch up by themselves. Its own application and data directory: the suite's shared one stays clean.
 */
class DeadLetterTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String VIEW = "verification-certificate-view";
    private static final String FANOUT = "verification-takedown-fanout";
    private static final String ADMIN = "/api/v1/admin/dead-letters";

    @TempDir Path dataDir;

    private record Row(String eventId, byte[] payload) { }

    @Test
    void anUnreadableEventWaitsAsADeadLetterWhileOthersGoOnAndIsAppliedOnceRepaired() {
        String broken = Certificates.newNumber("0717");
        String other = Certificates.newNumber("0717");
        SqlBreakingProjection.breakOn = Certificates.newNumber("0717");
        Row original;
        try (var first = start()) {
            int port = port(first);
            issueAndBind(port, broken, "DL-1");
            processors(first, StreamingEventProcessor::shutDown); // the suspension is stored before any processor reads it
            suspend(port, broken);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            original = jdbc.sql("select event_identifier, payload from domain_event_entry where aggregate_identifier = ? "
                    + "and sequence_number = 1").param(broken).query((rs, n) -> new Row(rs.getString(1), rs.getBytes(2))).single();
            jdbc.sql("update domain_event_entry set payload = ? where event_identifier = ?")
                    .params("not json".getBytes(StandardCharsets.UTF_8), original.eventId()).update();
            issue(port, SqlBreakingProjection.breakOn);
            issueAndBind(port, other, "DL-2");
            suspend(port, other);
            processors(first, StreamingEventProcessor::start);

            await().atMost(WAIT).until(() -> status(port, other).equals("SUSPENDED") && feedMentions(port, other)
                    && SqlBreakingProjection.handled.contains(other)
                    && letters(port, VIEW) == 1 && letters(port, FANOUT) == 1 && letters(port, SqlBreakingProjection.GROUP) == 1);
            assertThat(status(port, broken)).as("the view stands as before the unreadable suspension").isEqualTo("VALID");
            assertThat(feedMentions(port, broken)).isFalse();
            var health = Api.anonymous(port).get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("status").asString()).isEqualTo("DEGRADED");
            assertThat(health.json().get("components").get("processors").get("details").get(FANOUT).get("deadLetters")
                    .get("sequences").asLong()).isEqualTo(1);
            assertThat(Api.asPerson(port, "admin").getAny("/actuator/prometheus").body())
                    .containsPattern("tianping_deadletters\\{[^}]*processingGroup=\"" + VIEW + "\"[^}]*} 1\\.0")
                    .containsPattern("tianping_deadletters_enqueued_total\\{[^}]*processingGroup=\"" + VIEW + "\"[^}]*} 1\\.0");

            JsonNode letter = Api.asPerson(port, "admin").get(ADMIN + "/" + VIEW).json().get("deadLetters").get(0);
            assertThat(letter.get("eventId").asString()).isEqualTo(original.eventId());
            assertThat(letter.get("eventType").asString()).isEqualTo("CertificateSuspended");
            assertThat(letter.get("aggregateId").asString()).isEqualTo(broken);
            assertThat(letter.get("causeType").asString()).endsWith("SerializationException");
            assertThat(letter.get("causeMessage").asString()).contains("not");
            JsonNode sqlLetter = Api.asPerson(port, "admin").get(ADMIN + "/" + SqlBreakingProjection.GROUP).json();
            assertThat(sqlLetter.get("deadLetters").get(0).get("causeMessage").asString()).contains("division by zero");
            assertThat(Api.asPerson(port, "auditor").get(ADMIN).status()).isEqualTo(403);
            assertThat(Api.platformA(port).post(ADMIN + "/" + VIEW + "/retry", "").status()).isEqualTo(403);
            var unknown = Api.asPerson(port, "admin").get(ADMIN + "/no-such-group");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.contentType()).startsWith("application/problem+json");

            var eviction = Api.asPerson(port, "admin").delete(ADMIN + "/" + SqlBreakingProjection.GROUP + "/"
                    + SqlBreakingProjection.breakOn);
            assertThat(eviction.status()).as(eviction.body()).isEqualTo(200);
            assertThat(eviction.json().get("eventIds")).hasSize(1);
            assertThat(Api.asPerson(port, "admin").get(ADMIN + "/" + SqlBreakingProjection.GROUP).json()
                    .get("letters").asLong()).isZero();
        }

        try (var second = start()) { // on the store with the unreadable row: the index loader skips it
            int port = port(second);
            JsonNode health = Api.anonymous(port).get("/actuator/health").json();
            assertThat(health.get("status").asString()).isEqualTo("DEGRADED");
            assertThat(health.get("components").get("processors").get("details").get("unreadableEventsSkippedAtStart")
                    .get("verification-certificate-index").asLong()).isEqualTo(1);
            var stillBroken = Api.asPerson(port, "admin").post(ADMIN + "/" + VIEW + "/retry", "").json();
            assertThat(stillBroken.get("sequencesRetried").asInt()).isEqualTo(1);
            assertThat(stillBroken.get("sequencesCleared").asInt()).isZero();
            assertThat(stillBroken.get("lettersLeft").asLong()).isEqualTo(1);

            second.getBean(JdbcClient.class).sql("update domain_event_entry set payload = ? where event_identifier = ?")
                    .params(original.payload(), original.eventId()).update();
            var repaired = Api.asPerson(port, "admin").post(ADMIN + "/" + VIEW + "/retry", "").json();
            assertThat(repaired.get("lettersLeft").asLong()).as("retried now, or just before by the schedule").isZero();
            assertThat(status(port, broken)).isEqualTo("SUSPENDED");
            await().atMost(WAIT).until(() -> feedMentions(port, broken) // the fan-out's letter, retried on schedule
                    && Api.asPerson(port, "admin").get(ADMIN).json().isEmpty());
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TianpingApplication.class, SqlBreakingProjection.class)
                .profiles("test")
                .run("--server.port=0", "--tianping.data-dir=" + dataDir, "--tianping.dead-letters.retry-every=PT1S",
                        "--tianping.dead-letters.max-back-off=PT2S");
    }

    private static void processors(ConfigurableApplicationContext app, Consumer<StreamingEventProcessor> action) {
        app.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).forEach(action);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static void issue(int port, String number) {
        assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
    }

    private static void issueAndBind(int port, String number, String listingId) {
        issue(port, number);
        assertThat(Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing(listingId, number, "SWF-17E"))
                .json().get("verdict").asString()).isEqualTo("PASS");
    }

    private static void suspend(int port, String number) {
        assertThat(Api.certBody(port).post("/api/v1/certificates/" + number + "/suspension", "{\"reason\":\"抽查不合格\"}")
                .status()).isEqualTo(200);
    }

    private static String status(int port, String number) {
        var certificate = Api.asPerson(port, "auditor").get("/api/v1/certificates/" + number);
        return certificate.status() == 200 ? certificate.json().get("status").asString() : "NONE";
    }

    /** The group's dead letters as health shows them. */
    private static long letters(int port, String group) {
        return Api.anonymous(port).get("/actuator/health").json().get("components").get("processors").get("details")
                .get(group).get("deadLetters").get("letters").asLong();
    }

    private static boolean feedMentions(int port, String number) {
        return Api.platformA(port).get("/api/v1/takedown-notices?after=0&limit=1000").body().contains(number);
    }
}
