package io.tianping.app.web.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.Api;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Each request of issue 10 that was once accepted and broke the platform is now a 400 naming the field, and nothing of
 * it is stored.
 */
@TianpingTest
class InputBoundsTest {

    @LocalServerPort int port;

    @Test
    void aPriceWithAThousandDigitsIsRefusedNamingThePrice() {
        var number = issue();
        var check = Api.platformA(port).post("/api/v1/listing-checks",
                Certificates.listing("IB-1", number, "SWF-17E").replace("\"129.00\"", "1e1001"));

        assertRefused(check, "price", "at most 18 digits");
    }

    @Test
    void aPriceWithAHugeExponentIsRefusedAtOnce() {
        // once a core busy for minutes, a 500 and a gigabyte of log
        var check = Api.platformA(port).post("/api/v1/listing-checks",
                Certificates.listing("IB-2", issue(), "SWF-17E").replace("\"129.00\"", "1e99999999"));

        assertRefused(check, "price", "at most 18 digits");
        assertThat(check.body()).hasSizeLessThan(2_000);
    }

    @Test
    void aNulInAProductNameIsRefusedAndNothingIsIssued() {
        String number = Certificates.newNumber("0717");
        var issued = Api.certBody(port).post("/api/v1/certificates",
                Certificates.kettle(number).replace("\"电热水壶\"", "\"电热\\u0000水壶\""));

        assertRefused(issued, "productName", "control characters");
        assertThat(Api.asPerson(port, "auditor").get("/api/v1/certificates/" + number).status()).isEqualTo(404);
    }

    @Test
    void aModelOfAMegabyteIsRefused() {
        String huge = "X".repeat(1 << 20);
        var check = Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing("IB-3", issue(), huge));
        var issued = Api.certBody(port).post("/api/v1/certificates",
                Certificates.kettle(Certificates.newNumber("0717")).replace("\"SWF-15E\"", "\"" + huge + "\""));

        assertRefused(check, "model", "at most 200 characters");
        assertRefused(issued, "models[1]", "at most 200 characters");
    }

    @Test
    void anIssueYearOfNineHundredMillionIsRefused() {
        for (String year : new String[] {"+999999999-03-01", "-999999999-03-01", "1899-12-31"}) {
            var issued = Api.certBody(port).post("/api/v1/certificates",
                    Certificates.kettle(Certificates.newNumber("0717")).replace("2024-03-01", year));

            assertRefused(issued, "issuedOn", "between 1900-01-01 and 2199-12-31");
        }
    }

    @Test
    void aReasonMayHoldLineBreaksButNoOtherControlCharacter() {
        var number = issue();
        var withNul = Api.certBody(port).post("/api/v1/certificates/" + number + "/suspension", "{\"reason\":\"抽查\\u0000不合格\"}");
        var withBreaks = Api.certBody(port).post("/api/v1/certificates/" + number + "/suspension",
                "{\"reason\":\"监督抽查不合格\\r\\n第二行\\t说明\"}");

        assertRefused(withNul, "reason", "control characters");
        assertThat(withBreaks.status()).isEqualTo(200);
    }

    @Test
    void aLongerListThanAFieldAllowsIsRefused() {
        String models = "\"M-%d\",".repeat(101).formatted((Object[]) java.util.stream.IntStream.range(0, 101).boxed()
                .toArray(Integer[]::new));
        var issued = Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(Certificates.newNumber("0717"))
                .replace("[\"SWF-17E\",\"SWF-15E\"]", "[" + models.substring(0, models.length() - 1) + "]"));

        assertRefused(issued, "models", "at most 100 entries");
    }

    @Test
    void aControlCharacterInTheQueryStringIsRefused() {
        var search = Api.asPerson(port, "auditor").get("/api/v1/certificates?q=%E6%B0%B4%00%E5%A3%B6");

        assertThat(search.status()).isEqualTo(400);
        assertThat(search.contentType()).startsWith("application/problem+json");
        assertThat(search.json().get("detail").asString()).contains("'q'").contains("control characters");
    }

    @Test
    void aNumberOfFortyOneCharactersIsRefusedWhileItIsRead() {
        var check = Api.platformA(port).post("/api/v1/listing-checks",
                Certificates.listing("IB-4", issue(), "SWF-17E").replace("\"129.00\"", "1" + "0".repeat(40)));

        assertThat(check.status()).isEqualTo(400);
        assertThat(check.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aMisspeltFieldIsRefusedNamingItInsteadOfBeingIgnored() {
        // certificateNo for certificateNumber: once a listing intercepted as CERTIFICATE_MISSING without a word
        var check = Api.platformA(port).post("/api/v1/listing-checks",
                Certificates.listing("IB-5", issue(), "SWF-17E").replace("certificateNumber", "certificateNo"));

        assertRefused(check, "certificateNo", "certificateNo");
    }

    @Test
    void aPageBeyondWhatSearchServesIsA400() {
        var search = Api.asPerson(port, "auditor").get("/api/v1/certificates?page=1000&size=10");

        assertThat(search.status()).isEqualTo(400);
        assertThat(search.contentType()).startsWith("application/problem+json");
        assertThat(search.body()).contains("10000");
    }

    @Test
    void theOpenApiDocumentStatesTheBounds() {
        JsonNode schemas = Api.anonymous(port).get("/v3/api-docs").json().get("components").get("schemas");
        JsonNode certificate = schemas.get("CertificateRequest").get("properties");
        JsonNode listing = schemas.get("ListingCheckRequest").get("properties");

        assertThat(certificate.get("productName").get("maxLength").asInt()).isEqualTo(200);
        assertThat(certificate.get("productName").get("pattern").asString()).isEqualTo(BoundsDocumentation.ONE_LINE);
        assertThat(certificate.get("models").get("maxItems").asInt()).isEqualTo(100);
        assertThat(certificate.get("issuedOn").get("description").asString()).contains("From 1900-01-01 to 2199-12-31");
        assertThat(listing.get("price").get("maximum").decimalValue()).isEqualByComparingTo("999999999999.99");
        assertThat(listing.get("price").get("minimum").decimalValue()).isEqualByComparingTo("0");
        assertThat(schemas.get("StatusChangeRequest").get("properties").get("reason").get("maxLength").asInt()).isEqualTo(4000);
    }

    private String issue() {
        String number = Certificates.newNumber("0717");
        assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
        return number;
    }

    private static void assertRefused(Api.Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.body()).isNotNull();
        assertThat(errors.get(0).get("field").asString()).isEqualTo(field);
        assertThat(errors.get(0).get("message").asString()).contains(message);
    }
}
