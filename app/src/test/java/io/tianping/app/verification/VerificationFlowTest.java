package io.tianping.app.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Api.Response;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The flow of issue 3 over a real port: issue, check, suspend, notice to the right platform only, acknowledge. */
@TianpingTest
class VerificationFlowTest {

    @LocalServerPort int port;

    @Test
    void suspendingACertificateSendsATakedownNoticeToThePlatformThatListedIt() {
        String number = Certificates.newNumber("0717");
        Response issued = Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.location()).endsWith("/api/v1/certificates/" + number);

        Response check = Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing("A-1001", number, "SWF-17E"));
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        assertThat(check.json().get("verdict").asString()).isEqualTo("PASS");
        assertThat(check.json().get("certificate").get("status").asString()).isEqualTo("VALID");

        Response suspended = Api.certBody(port).post("/api/v1/certificates/" + number + "/suspension",
                "{\"reason\":\"监督抽查不合格\",\"effectiveOn\":\"2026-11-20\"}");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);

        JsonNode notice = await().atMost(Duration.ofSeconds(30)).until(() -> noticeFor(Api.platformA(port), number),
                found -> found != null);
        assertThat(notice.get("listingId").asString()).isEqualTo("A-1001");
        assertThat(notice.get("reason").asString()).isEqualTo("SUSPENDED");
        assertThat(noticeFor(Api.platformB(port), number)).as("platform B never sees A's notices").isNull();

        Response afterSuspension = Api.platformA(port).post("/api/v1/listing-checks",
                Certificates.listing("A-1001", number, "SWF-17E"));
        assertThat(afterSuspension.json().get("verdict").asString()).isEqualTo("INTERCEPT");
        assertThat(afterSuspension.json().get("reasons").toString()).contains("CERTIFICATE_SUSPENDED");

        String id = notice.get("id").asString();
        assertThat(Api.platformB(port).post("/api/v1/takedown-notices/" + id + "/acknowledgement",
                "{\"removedAt\":\"2026-11-23T08:00:00Z\"}").status()).as("another platform's notice").isEqualTo(404);
        Response acknowledged = Api.platformA(port).post("/api/v1/takedown-notices/" + id + "/acknowledgement",
                "{\"removedAt\":\"2026-11-23T08:00:00Z\"}");
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(noticeFor(Api.platformA(port), number).get("status").asString()).isEqualTo("ACKNOWLEDGED"));
    }

    @Test
    void issuingTheSameCertificateTwiceIsIdempotentAndDifferentContentIsAConflict() {
        String number = Certificates.newNumber("0717");
        assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(201);
        assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number)).status()).isEqualTo(200);
        Response different = Api.certBody(port).post("/api/v1/certificates",
                Certificates.kettle(number).replace("电热水壶", "电水壶"));
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBatchOfMoreThanAThousandListingsIsRefused() {
        String item = Certificates.listing("B-1", Certificates.newNumber("0717"), "SWF-17E");
        String items = IntStream.range(0, 1001).mapToObj(i -> item).collect(Collectors.joining(",", "{\"items\":[", "]}"));
        Response response = Api.platformA(port).post("/api/v1/listing-checks/batch", items);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("items");
    }

    @Test
    void aBatchAnswersEachListingInOrder() {
        String number = Certificates.newNumber("0717");
        Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number));
        String body = "{\"items\":[" + Certificates.listing("C-1", number, "SWF-17E") + ","
                + Certificates.listing("C-2", number, "XYZ-1") + "," + Certificates.listing("C-3", "2025010717999999", "SWF-17E")
                + "]}";
        Response response = Api.platformA(port).post("/api/v1/listing-checks/batch", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode results = response.json().get("results");
        assertThat(results.get(0).get("verdict").asString()).isEqualTo("PASS");
        assertThat(results.get(1).get("reasons").toString()).contains("MODEL_NOT_COVERED");
        assertThat(results.get(2).get("reasons").toString()).contains("CERTIFICATE_NOT_FOUND");
    }

    @Test
    void malformedJsonIsA400Problem() {
        Response response = Api.platformA(port).post("/api/v1/listing-checks", "{\"listingId\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(400);
    }

    @Test
    void aBadCreditCodeIsA400NamingTheField() {
        String body = Certificates.kettle(Certificates.newNumber("0717")).replaceFirst(Certificates.HOLDER, "91330100716105852");
        Response response = Api.certBody(port).post("/api/v1/certificates", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("holder.creditCode");
    }

    @Test
    void aWrongKeyIsA401Problem() {
        Response response = Api.withKey(port, "not-a-key").get("/api/v1/takedown-notices");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPlatformCannotIssueCertificates() {
        Response response = Api.platformA(port).post("/api/v1/certificates", Certificates.kettle(Certificates.newNumber("0717")));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anAuditorReadsButNeverWrites() {
        String number = Certificates.newNumber("0717");
        Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(number));
        assertThat(Api.asPerson(port, "auditor").post("/api/v1/certificates/" + number + "/suspension",
                "{\"reason\":\"x\"}").status()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Api.asPerson(port, "auditor").get("/api/v1/certificates/" + number).status()).isEqualTo(200));
    }

    private static JsonNode noticeFor(Api platform, String certificateNumber) {
        Response feed = platform.get("/api/v1/takedown-notices?after=0&limit=1000");
        assertThat(feed.status()).as(feed.body()).isEqualTo(200);
        for (JsonNode item : feed.json().get("items")) {
            if (item.get("certificateNumber").asString().equals(certificateNumber)) {
                return item;
            }
        }
        return null;
    }
}
