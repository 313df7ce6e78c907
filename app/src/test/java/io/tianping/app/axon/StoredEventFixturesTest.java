package io.tianping.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event type keeps, per revision, a stored form as the event store holds it ({@code stored-events/<type>/
 * <revision>.json}). Each one, old revisions included, must still be read, losing nothing: a change that renames or
 * retypes a field, or bumps a revision without an upcaster, fails here instead of in a replay of a real store. A new
 * event type or revision is recorded with {@code -Dtianping.fixtures.write=true} (existing files are never rewritten).
 */
class StoredEventFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/stored-events");
    private static final Serializer STORE = new SerializerConfiguration().eventSerializer();
    private static final ObjectMapper JSON = SerializerConfiguration.storageMapper();

    static Stream<Class<?>> eventTypes() {
        return StoredEventsReadBackTest.eventTypes();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void theCurrentRevisionOfEveryEventHasAStoredForm(Class<?> type) throws IOException {
        Path fixture = FIXTURES.resolve(type.getName()).resolve(revision(type) + ".json");
        if (!Files.exists(fixture) && Boolean.getBoolean("tianping.fixtures.write")) {
            SerializedObject<byte[]> stored = STORE.serialize(ValuesAtBounds.typical().of(type), byte[].class);
            Files.createDirectories(fixture.getParent());
            Files.write(fixture, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(JSON.readTree(stored.getData())));
        }
        if (!Files.exists(fixture)) {
            fail("No stored form of %s revision %s: record it with -Dtianping.fixtures.write=true and commit %s"
                    .formatted(type.getName(), revision(type), fixture));
        }
    }

    @Test
    void everyStoredFormOfEveryRevisionIsStillReadWithoutLosingAField() throws IOException {
        List<Path> fixtures;
        try (var files = Files.walk(FIXTURES)) {
            fixtures = files.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo((int) eventTypes().count());
        for (Path fixture : fixtures) {
            String typeName = fixture.getParent().getFileName().toString();
            String revision = fixture.getFileName().toString().replace(".json", "");
            byte[] stored = Files.readAllBytes(fixture);
            Object event = STORE.deserialize(new SimpleSerializedObject<>(stored, byte[].class, typeName, revision));
            assertThat(event).as("%s revision %s is read as an event", typeName, revision).isNotNull()
                    .isNotInstanceOf(org.axonframework.serialization.UnknownSerializedType.class);
            JsonNode reread = JSON.readTree(STORE.serialize(event, byte[].class).getData());
            assertContains(reread, JSON.readTree(stored), typeName + "@" + revision);
        }
    }

    /** Every field of {@code stored}, at any depth, is in {@code reread} with the same value. */
    private static void assertContains(JsonNode reread, JsonNode stored, String where) {
        if (stored.isObject()) {
            for (Map.Entry<String, JsonNode> field : stored.properties()) {
                assertThat(reread.has(field.getKey())).as("%s.%s is still read", where, field.getKey()).isTrue();
                assertContains(reread.get(field.getKey()), field.getValue(), where + "." + field.getKey());
            }
        } else if (stored.isArray()) {
            assertThat(reread.size()).as("%s keeps its items", where).isEqualTo(stored.size());
            for (int i = 0; i < stored.size(); i++) {
                assertContains(reread.get(i), stored.get(i), where + "[" + i + "]");
            }
        } else {
            assertThat(reread).as(where).isEqualTo(stored);
        }
    }

    private static String revision(Class<?> type) {
        return type.getAnnotation(Revision.class).value();
    }
}
