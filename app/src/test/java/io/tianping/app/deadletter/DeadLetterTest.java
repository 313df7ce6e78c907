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
    private static final String SEARCH = "verification-certificate-search";
    private static final String DEAD_LETTERS = Platform.DEAD_LETTERS;
    private static final String REBUILD = "/api/v1/admin/search/certificates";

    @TempDir Path dataDir;

    private record Row(String eventId, byte[] payload) { }

    @Test
    void anUnreadableEventWaitsAsADeadLetterWhileOthersGoOnAndIsAppliedOnceRepaired() {
        String broken = Certificates.newNumber("0717");
        String other = Certificates.newNumber("0717");
        SqlBreakingProjection.breakOn = Certificates.newNumber("0717");
        Row original;
        try (var first = start()) {
            var platform = new Platform(port(first));
            platform.issueAndBind(broken, "DL-1");
            processors(first, StreamingEventProcessor::shutDown); // the suspension is stored before any processor reads it
            platform.suspend(broken);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            original = jdbc.sql("select event_identifier, payload from domain_event_entry where aggregate_identifier = ? "
                    + "and sequence_number = 1").param(broken).query((rs, n) -> new Row(rs.getString(1), rs.getBytes(2))).single();
            jdbc.sql("update domain_event_entry set payload = ? where event_identifier = ?")
                    .params("not json".getBytes(StandardCharsets.UTF_8), original.eventId()).update();
            platform.issue(SqlBreakingProjection.breakOn);
            platform.issueAndBind(other, "DL-2");
            platform.suspend(other);
            processors(first, StreamingEventProcessor::start);

            await().atMost(WAIT).until(() -> platform.status(other).equals("SUSPENDED") && platform.feedMentions(other)
                    && SqlBreakingProjection.handled.contains(other) && platform.letters(VIEW) == 1
                    && platform.letters(FANOUT) == 1 && platform.letters(SqlBreakingProjection.GROUP) == 1);
            assertThat(platform.status(broken)).as("the view stands as before the unreadable suspension").isEqualTo("VALID");
            assertThat(platform.feedMentions(broken)).isFalse();
            var health = platform.admin().get("/actuator/health");
            var public_ = Api.anonymous(platform.port()).get("/actuator/health").json();
            assertThat(public_.get("status").asString()).isEqualTo("DEGRADED");
            assertThat(public_.has("components")).as("details are for admins").isFalse();
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("status").asString()).isEqualTo("DEGRADED");
            assertThat(health.json().get("components").get("processors").get("details").get(FANOUT).get("deadLetters")
                    .get("sequences").asLong()).isEqualTo(1);
            assertThat(platform.admin().getAny("/actuator/prometheus").body())
                    .containsPattern("tianping_deadletters\\{[^}]*processingGroup=\"" + VIEW + "\"[^}]*} 1\\.0")
                    .containsPattern("tianping_deadletters_enqueued_total\\{[^}]*processingGroup=\"" + VIEW + "\"[^}]*} 1\\.0");

            JsonNode letter = platform.deadLetters(VIEW).get("deadLetters").get(0);
            assertThat(letter.get("eventId").asString()).isEqualTo(original.eventId());
            assertThat(letter.get("eventType").asString()).isEqualTo("CertificateSuspended");
            assertThat(letter.get("aggregateId").asString()).isEqualTo(broken);
            assertThat(letter.get("causeType").asString()).endsWith("SerializationException");
            assertThat(letter.get("causeMessage").asString()).contains("not");
            assertThat(platform.deadLetters(SqlBreakingProjection.GROUP).get("deadLetters").get(0).get("causeMessage")
                    .asString()).contains("division by zero");
            assertThat(Api.asPerson(platform.port(), "auditor").get(DEAD_LETTERS).status()).isEqualTo(403);
            assertThat(Api.platformA(platform.port()).post(DEAD_LETTERS + "/" + VIEW + "/retry", "").status()).isEqualTo(403);
            var unknown = platform.admin().get(DEAD_LETTERS + "/no-such-group");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.contentType()).startsWith("application/problem+json");

            var eviction = platform.admin().delete(DEAD_LETTERS + "/" + SqlBreakingProjection.GROUP + "/"
                    + SqlBreakingProjection.breakOn);
            assertThat(eviction.status()).as(eviction.body()).isEqualTo(200);
            assertThat(eviction.json().get("eventIds")).hasSize(1);
            assertThat(platform.deadLetters(SqlBreakingProjection.GROUP).get("letters").asLong()).isZero();

            // a rebuild replays the search index from the first event: its old letter goes, the event comes back as a new one
            String before = platform.firstLetterId(SEARCH);
            assertThat(platform.admin().post(REBUILD + "/rebuild", "").status()).isEqualTo(202);
            await().atMost(WAIT).until(() -> !platform.admin().get(REBUILD).json().get("replaying").asBoolean()
                    && platform.letters(SEARCH) == 1 && !platform.firstLetterId(SEARCH).equals(before));
        }

        try (var second = start()) { // on the store with the unreadable row: the index loader skips it
            var platform = new Platform(port(second));
            JsonNode health = platform.health();
            assertThat(health.get("status").asString()).isEqualTo("DEGRADED");
            assertThat(health.get("components").get("processors").get("details").get("unreadableEventsSkippedAtStart")
                    .get("verification-certificate-index").asLong()).isEqualTo(1);
            var stillBroken = platform.admin().post(DEAD_LETTERS + "/" + VIEW + "/retry", "").json();
            assertThat(stillBroken.get("sequencesRetried").asInt()).isEqualTo(1);
            assertThat(stillBroken.get("sequencesCleared").asInt()).isZero();
            assertThat(stillBroken.get("lettersLeft").asLong()).isEqualTo(1);

            second.getBean(JdbcClient.class).sql("update domain_event_entry set payload = ? where event_identifier = ?")
                    .params(original.payload(), original.eventId()).update();
            var repaired = platform.admin().post(DEAD_LETTERS + "/" + VIEW + "/retry", "").json();
            assertThat(repaired.get("lettersLeft").asLong()).as("retried now, or just before by the schedule").isZero();
            assertThat(platform.status(broken)).isEqualTo("SUSPENDED");
            await().atMost(WAIT).until(() -> platform.feedMentions(broken) // the fan-out's letter, retried on schedule
                    && platform.admin().get(DEAD_LETTERS).json().isEmpty());
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
}
