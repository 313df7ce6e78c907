package io.tianping.traceability.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The EPCIS 2.0 standard's examples read whole; the test set's invalid documents refused, naming event and field. */
class EpcisDocumentReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EpcisDocumentReader READER = new EpcisDocumentReader();

    static JsonNode resource(String path) {
        try (InputStream in = EpcisDocumentReaderTest.class.getResourceAsStream("/epcis/" + path)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}: {1} events")
    @CsvSource({
            "AssociationEvent-a.jsonld, 1",
            "ErrorDeclarationAndCorrectiveEvent.jsonld, 2",
            "Example-TransactionEvents-2020_07_03y.jsonld, 2",
            "Example_9.6.1-ObjectEvent.jsonld, 2",
            "Example_9.6.1-ObjectEventWithDigitalLink.jsonld, 2",
            "Example_9.6.2-ObjectEvent.jsonld, 1",
            "Example_9.6.3-AggregationEvent.jsonld, 1",
            "Example_9.6.3-AggregationEventWithDigitalLink.jsonld, 1",
            "Example_9.6.4-TransformationEvent.jsonld, 1",
            "SensorDataExample1.jsonld, 1"})
    void readsEveryExample(String file, int events) {
        var read = READER.read(resource("examples/" + file));
        assertThat(read.errors()).isEmpty();
        assertThat(read.events()).hasSize(events);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Combination_of_events_with_missing_mandatory_fields.json | 1 | ",
            "Combination_of_non_standard_bizStep_and_disposition.json | 0 | bizStep",
            "ObjectEvent_with_ilmd_field_without_namespace.json | 0 | ilmd.materialType",
            "ObjectEvent_with_invalid_certificationInfo.json | 0 | ",
            "ObjectEvent_with_non_standard_bizStep.json | 0 | bizStep",
            "ObjectEvent_with_non_standard_disposition.json | 0 | disposition",
            "ObjectEvent_with_unknown_field_in_quantityList.json | 0 | ",
            "ObjectEvent_without_identifier_list.json | 0 | epcList"})
    void refusesEveryInvalidDocument(String file, int eventIndex, String field) {
        var read = READER.read(resource("invalid/" + file));
        assertThat(read.errors()).as("refused").isNotEmpty();
        assertThat(read.errors()).anySatisfy(error -> {
            assertThat(error.eventIndex()).isEqualTo(eventIndex);
            if (field != null) {
                assertThat(error.field()).isEqualTo(field);
            }
        });
    }

    @Test
    void aDocumentWithoutTheEpcisContextIsMalformedJsonLd() {
        var document = (tools.jackson.databind.node.ObjectNode) resource("examples/Example_9.6.2-ObjectEvent.jsonld");
        document.put("@context", "urn:nothing");
        var read = READER.read(document);
        assertThat(read.documentRefused()).isTrue();
        assertThat(read.errors()).extracting(CaptureError::field).contains("@context");

        document.remove("@context");
        assertThat(READER.read(document).errors()).extracting(CaptureError::field).contains("@context");
    }

    @Test
    void aBadCheckDigitInADigitalLinkNamesTheEventAndField() {
        var document = resource("examples/Example_9.6.1-ObjectEventWithDigitalLink.jsonld");
        String text = document.toString().replace("70614141123451", "70614141123452");
        var read = READER.read(JSON.readTree(text));
        assertThat(read.errors()).isNotEmpty().allSatisfy(error -> {
            assertThat(error.field()).startsWith("epcList.");
            assertThat(error.message()).startsWith("CHECK_DIGIT");
        });
    }

    @Test
    void anUrnAndItsDigitalLinkAreOneEpc() {
        var urn = READER.read(resource("examples/Example_9.6.1-ObjectEvent.jsonld")).events().getFirst();
        var link = READER.read(resource("examples/Example_9.6.1-ObjectEventWithDigitalLink.jsonld")).events().getFirst();
        assertThat(urn.epcs()).containsAll(List.of("https://id.gs1.org/01/10614141073464/21/2017"));
        assertThat(link.epcs()).contains(io.tianping.traceability.gs1.EpcUri.canonical("urn:epc:id:sgtin:0614141.712345.2017"));
    }

    @Test
    void anErrorDeclarationLinksItsCorrectiveEvent() {
        var events = READER.read(resource("examples/ErrorDeclarationAndCorrectiveEvent.jsonld")).events();
        assertThat(events.getFirst().declaration().correctiveEventIds())
                .containsExactly("urn:uuid:404d95fc-9457-4a51-bd6a-0bba133845a8");
        assertThat(events.get(1).declaration()).isNull();
    }
}
