package io.tianping.app.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What traceability refuses, and how: 400/403/409 problems naming the field or rule, or a failed capture job. */
@TianpingTest
class TraceabilityBadInputTest {

    @LocalServerPort int port;

    @Test
    void theDigitalLinkValidatorAnswersACodeForEveryRefusal() {
        Api anyone = Api.anonymous(port);
        JsonNode valid = anyone.get("/api/v1/traceability/digital-link?uri=https://example.cn/shop/01/09520123456788/10/L1/21/S1?17=261231").json();
        assertThat(valid.get("canonical").asString()).isEqualTo("https://id.gs1.org/01/09520123456788/10/L1/21/S1?17=261231");
        assertThat(valid.get("elementString").asString()).isEqualTo("(01)09520123456788(10)L1(21)S1(17)261231");
        assertThat(valid.get("ais").get("21").asString()).isEqualTo("S1");
        var refused = anyone.get("/api/v1/traceability/digital-link?uri=https://id.gs1.org/01/09520123456789");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("CHECK_DIGIT");
        assertThat(anyone.get("/api/v1/traceability/digital-link?uri=https://id.gs1.org/01/09520123456788/21/S1/10/L1")
                .json().get("code").asString()).isEqualTo("QUALIFIER_ORDER");
        assertThat(anyone.get("/api/v1/traceability/digital-link?uri=https://id.gs1.org/01/9520123456788").json()
                .get("code").asString()).isEqualTo("ZERO_SUPPRESSED_GTIN");
    }

    @Test
    void registrationChecksTheGtinAndTheCertificate() {
        Api maker = Trace.maker(port);
        String certificate = Trace.kettleCertificate(port);
        var badDigit = maker.post("/api/v1/traceability/products", """
                {"gtin":"09520123456789","name":"壶","model":"SWF-17E","certificateNumber":"%s"}""".formatted(certificate));
        assertThat(badDigit.status()).isEqualTo(400);
        assertThat(badDigit.body()).contains("gtin", "check digit");
        var uncovered = maker.post("/api/v1/traceability/products", """
                {"gtin":"%s","name":"壶","model":"XX-9","certificateNumber":"%s"}""".formatted(Trace.newGtin(), certificate));
        assertThat(uncovered.status()).as(uncovered.body()).isEqualTo(409);
        var unknownCertificate = maker.post("/api/v1/traceability/products", """
                {"gtin":"%s","name":"壶","model":"SWF-17E","certificateNumber":"%s"}"""
                .formatted(Trace.newGtin(), Certificates.newNumber("0717")));
        assertThat(unknownCertificate.status()).isEqualTo(409);
        String othersNumber = Certificates.newNumber("0717");
        String othersCertificate = Certificates.kettle(othersNumber).replace("\"manufacturer\":{\"name\":\"浙江苏泊尔家电制造有限公司\",\"creditCode\":\"91330100716105852F\"}",
                "\"manufacturer\":{\"name\":\"深圳某电器\",\"creditCode\":\"" + Certificates.MANUFACTURER + "\"}");
        assertThat(Api.certBody(port).post("/api/v1/certificates", othersCertificate).status()).isEqualTo(201);
        var notTheirs = maker.post("/api/v1/traceability/products", """
                {"gtin":"%s","name":"壶","model":"SWF-17E","certificateNumber":"%s"}""".formatted(Trace.newGtin(), othersNumber));
        assertThat(notTheirs.status()).as(notTheirs.body()).isEqualTo(403);
        assertThat(Api.platformA(port).post("/api/v1/traceability/products", """
                {"gtin":"%s","name":"壶","model":"SWF-17E","certificateNumber":"%s"}""".formatted(Trace.newGtin(), certificate))
                .status()).isEqualTo(403);
    }

    @Test
    void captureRefusesMalformedJsonLdUnknownGtinsAndOtherMakersGtins() {
        Api maker = Trace.maker(port);
        String gtin = Trace.newGtin();
        JsonNode noContext = Trace.capture(maker, Trace.commissioning(gtin, "L1", "A1").replace(
                "\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\",{\"tianping\":\"https://tianping.io/epcis/\"}],", ""));
        assertThat(noContext.get("success").asBoolean()).isFalse();
        assertThat(noContext.get("errors").toString()).contains("@context");

        JsonNode unknown = Trace.capture(maker, Trace.commissioning(gtin, "L1", "A1"));
        assertThat(unknown.get("success").asBoolean()).isFalse();
        assertThat(unknown.get("errors").get(0).get("eventIndex").asInt()).isZero();
        assertThat(unknown.get("errors").toString()).contains("not a registered product");

        // another manufacturer, added by an admin, may not capture the demo manufacturer's GTIN
        String certificate = Trace.kettleCertificate(port);
        Trace.register(port, gtin, "SWF-17E", certificate);
        var added = Api.asPerson(port, "admin").post("/api/v1/admin/organisations", """
                {"id":"maker-%s","role":"MANUFACTURER","displayName":"深圳某电器","organisation":"%s","region":"440300"}"""
                .formatted(gtin, Certificates.MANUFACTURER));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        Api other = Api.withKey(port, added.json().get("apiKey").asString());
        JsonNode foreign = Trace.capture(other, Trace.commissioning(gtin, "L1", "A1"));
        assertThat(foreign.get("success").asBoolean()).isFalse();
        assertThat(foreign.get("errors").toString()).contains("registered by another manufacturer");
        assertThat(other.get("/api/v1/traceability/epcis/events?MATCH_anyEPC=https://id.gs1.org/01/%s/21/A1".formatted(gtin))
                .json().get("epcisBody").get("queryResults").get("resultsBody").get("eventList")).isEmpty();

        // all or nothing by default; proceed stores the good event
        String mixed = Trace.document(event(gtin, "A2"), event(Trace.newGtin(), "A3"));
        JsonNode rolledBack = Trace.capture(maker, mixed);
        assertThat(rolledBack.get("eventsCaptured").asInt()).isZero();
        assertThat(Api.anonymous(port).get("/01/%s/21/A2".formatted(gtin)).json().get("state").asString())
                .as("a rolled-back job stores nothing").isEqualTo("NOT_REGISTERED");
        JsonNode proceeded = Trace.capture(maker, mixed, "GS1-Capture-Error-Behaviour", "proceed");
        assertThat(proceeded.get("eventsCaptured").asInt()).isEqualTo(1);
        assertThat(proceeded.get("errors").get(0).get("eventIndex").asInt()).isEqualTo(1);
        assertThat(Api.anonymous(port).get("/01/%s/21/A2".formatted(gtin)).json().get("state").asString()).isEqualTo("GENUINE");
        assertThat(maker.post("/api/v1/traceability/epcis/capture", "{not json").status()).isEqualTo(400);
    }

    @Test
    void recallsOfUnknownOrOthersProductsAndMalformedScansAreRefused() {
        Api maker = Trace.maker(port);
        var unknown = maker.post("/api/v1/traceability/recalls", """
                {"gtin":"%s","hazard":"h","remedy":"r"}""".formatted(Trace.newGtin()));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(409);
        String gtin = Trace.newGtin();
        Trace.register(port, gtin, "SWF-17E", Trace.kettleCertificate(port));
        assertThat(Api.asPerson(port, "regulator-js").post("/api/v1/traceability/recalls", """
                {"gtin":"%s","hazard":"h","remedy":"r"}""".formatted(gtin)).status()).as("outside Jiangsu").isEqualTo(403);
        assertThat(Api.platformA(port).post("/api/v1/traceability/recalls", """
                {"gtin":"%s","hazard":"h","remedy":"r"}""".formatted(gtin)).status()).isEqualTo(403);
        var ordered = Api.asPerson(port, "regulator-zj").post("/api/v1/traceability/recalls", """
                {"gtin":"%s","hazard":"过热","remedy":"退货"}""".formatted(gtin));
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);

        var malformed = Api.platformA(port).post("/api/v1/traceability/scans", """
                {"uri":"https://id.gs1.org/01/%s/21/S1/","scannedAt":"%s","location":{"lat":30.2,"lon":120.1},"device":"d"}"""
                .formatted(gtin, Instant.now()));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("TRAILING_SLASH");
        var noPlace = Api.platformA(port).post("/api/v1/traceability/scans", """
                {"uri":"https://id.gs1.org/01/%s/21/S1","scannedAt":"%s","device":"d"}""".formatted(gtin, Instant.now()));
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noPlace.body()).contains("location");
        assertThat(Api.anonymous(port).get("/01/09520123456789/21/S1").json().get("code").asString()).isEqualTo("CHECK_DIGIT");
        assertThat(maker.post("/api/v1/traceability/scans", "{}").status()).as("only platforms report scans").isEqualTo(403);
    }

    private static String event(String gtin, String serial) {
        return """
                {"type":"ObjectEvent","eventTime":"2026-11-01T08:00:00+08:00","eventTimeZoneOffset":"+08:00",
                 "epcList":["https://id.gs1.org/01/%s/21/%s"],"action":"ADD","bizStep":"commissioning"}"""
                .formatted(gtin, serial);
    }
}
