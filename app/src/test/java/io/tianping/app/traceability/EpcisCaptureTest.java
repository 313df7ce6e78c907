package io.tianping.app.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import io.tianping.traceability.capture.EpcisDocumentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every EPCIS 2.0 example of the standard is captured over HTTP with its event count; every invalid document of the
 * test set is refused and stores nothing; a manufacturer captures only for its own registered GTINs.
 */
@TianpingTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EpcisCaptureTest {

    /** The reference data, kept with the traceability module's tests (shared/data/epcis). */
    static final Path EPCIS = Path.of("..", "traceability", "src", "test", "resources", "epcis");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;

    static Stream<String> examples() {
        return files("examples");
    }

    static Stream<String> invalid() {
        return files("invalid");
    }

    @BeforeAll
    void registerTheExamplesProducts() {
        Set<String> gtins = new LinkedHashSet<>();
        var reader = new EpcisDocumentReader();
        examples().forEach(file -> reader.read(JSON.readTree(read("examples/" + file))).events()
                .forEach(event -> gtins.addAll(event.gtins())));
        String number = Certificates.newNumber("0717");
        String certificate = Certificates.kettle(number).replace("[\"SWF-17E\",\"SWF-15E\"]", "[\"EX-*\"]");
        assertThat(Api.certBody(port).post("/api/v1/certificates", certificate).status()).isEqualTo(201);
        for (String gtin : gtins) {
            var registered = Trace.maker(port).post("/api/v1/traceability/products", """
                    {"gtin":"%s","name":"示例产品","model":"EX-1","certificateNumber":"%s"}""".formatted(gtin, number));
            assertThat(registered.status()).as(gtin + " " + registered.body()).isIn(200, 201);
        }
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void capturesEveryExampleWithItsEventCount(String file) {
        String document = read("examples/" + file);
        int events = JSON.readTree(document).get("epcisBody").get("eventList").size();
        JsonNode job = Trace.capture(Trace.maker(port), document);
        assertThat(job.get("errors")).as(job.toString()).isEmpty();
        assertThat(job.get("success").asBoolean()).isTrue();
        assertThat(job.get("eventsCaptured").asInt()).isEqualTo(events);
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void refusesEveryInvalidDocumentAndStoresNothing(String file) {
        JsonNode job = Trace.capture(Trace.maker(port), read("invalid/" + file));
        assertThat(job.get("success").asBoolean()).as(job.toString()).isFalse();
        assertThat(job.get("eventsCaptured").asInt()).isZero();
        assertThat(job.get("errors")).isNotEmpty();
        JsonNode proceeding = Trace.capture(Trace.maker(port), read("invalid/" + file), "GS1-Capture-Error-Behaviour", "proceed");
        assertThat(proceeding.get("success").asBoolean()).isFalse();
    }

    @Test
    @Order(3)
    void anUrnAndItsDigitalLinkFindTheSameEvents() {
        Api maker = Trace.maker(port);
        String byUrn = maker.get("/api/v1/traceability/epcis/events?MATCH_anyEPC=urn:epc:id:sgtin:0614141.107346.2017").body();
        String byLink = maker.get("/api/v1/traceability/epcis/events?MATCH_anyEPC=https://id.gs1.org/01/10614141073464/21/2017").body();
        JsonNode events = Trace.json(byUrn).get("epcisBody").get("queryResults").get("resultsBody").get("eventList");
        assertThat(events).isNotEmpty();
        assertThat(Trace.json(byLink).get("epcisBody").get("queryResults").get("resultsBody").get("eventList"))
                .isEqualTo(events);
        assertThat(Trace.json(byUrn).get("type").asString()).isEqualTo("EPCISQueryDocument");
        JsonNode shipping = Trace.json(maker.get("/api/v1/traceability/epcis/events?EQ_bizStep=shipping"
                + "&GE_eventTime=2005-04-03T00:00:00Z&LT_eventTime=2005-04-05T00:00:00Z").body())
                .get("epcisBody").get("queryResults").get("resultsBody").get("eventList");
        assertThat(shipping).isNotEmpty().allSatisfy(event -> assertThat(event.get("bizStep").asString()).isEqualTo("shipping"));
        assertThat(Api.platformA(port).get("/api/v1/traceability/epcis/events").status()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void anItemCapturedWithItsLotIsFoundByItsUrnAndByItsLinkWithoutTheLot() {
        Api maker = Trace.maker(port);
        JsonNode job = Trace.capture(maker, Trace.commissioning("10614141073464", "L_2026%25A", "LQ1", "LQ10"));
        assertThat(job.get("success").asBoolean()).as(job.toString()).isTrue();
        for (String epc : List.of("urn:epc:id:sgtin:0614141.107346.LQ1", "https://id.gs1.org/01/10614141073464/21/LQ1",
                "https://id.gs1.org/01/10614141073464/10/OTHER/21/LQ1")) {
            JsonNode events = Trace.json(maker.get("/api/v1/traceability/epcis/events?MATCH_anyEPC=" + epc).body())
                    .get("epcisBody").get("queryResults").get("resultsBody").get("eventList");
            assertThat(events).as(epc).hasSize(1);
        }
        JsonNode none = Trace.json(maker.get("/api/v1/traceability/epcis/events?MATCH_anyEPC=urn:epc:id:sgtin:0614141.107346.LQ")
                .body()).get("epcisBody").get("queryResults").get("resultsBody").get("eventList");
        assertThat(none).isEmpty();
    }

    @Test
    @Order(3)
    void anErrorDeclarationKeepsTheDeclaredEventAndLinksTheCorrectiveOne() {
        JsonNode events = Trace.json(Trace.maker(port).get("/api/v1/traceability/epcis/events?MATCH_anyEPC="
                + "urn:epc:id:sgtin:4012345.011111.987").body()).get("epcisBody").get("queryResults").get("resultsBody")
                .get("eventList");
        JsonNode declared = null;
        for (JsonNode event : events) {
            if ("urn:uuid:374d95fc-9457-4a51-bd6a-0bba133845a8".equals(event.path("eventID").asString(null))) {
                declared = event;
            }
        }
        assertThat(declared).as(events.toString()).isNotNull();
        assertThat(declared.get("errorDeclaration").get("correctiveEventIDs").toString())
                .contains("urn:uuid:404d95fc-9457-4a51-bd6a-0bba133845a8");
    }

    private static Stream<String> files(String folder) {
        try (Stream<Path> files = Files.list(EPCIS.resolve(folder))) {
            return files.map(path -> path.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(EPCIS.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
