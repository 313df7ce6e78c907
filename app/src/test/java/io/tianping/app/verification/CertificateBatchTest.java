package io.tianping.app.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Api;
import io.tianping.app.support.Api.Response;
import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A certification body loads its register in batches: all or nothing, idempotent, every refusal named. */
@TianpingTest
class CertificateBatchTest {

    private static final String PATH = "/api/v1/certificates/batch";

    @LocalServerPort int port;

    @Test
    void issuesABatchWithTheStatusEachCertificateHasAndTheSameBatchAgainChangesNothing() {
        String valid = Certificates.newNumber("0717");
        String suspended = Certificates.newNumber("0717");
        String batch = batch(item(valid, null), item(suspended, "SUSPENDED"));

        Response first = Api.certBody(port).post(PATH, batch);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("results").toString())
                .isEqualTo("[{\"number\":\"%s\",\"outcome\":\"CREATED\"},{\"number\":\"%s\",\"outcome\":\"CREATED\"}]"
                        .formatted(valid, suspended));
        assertThat(status(valid)).isEqualTo("VALID");
        assertThat(status(suspended)).isEqualTo("SUSPENDED");
        assertThat(check(valid)).isEqualTo("PASS[]");
        assertThat(check(suspended)).as("the check path knows the suspension at once")
                .isEqualTo("INTERCEPT[\"CERTIFICATE_SUSPENDED\"]");

        Response again = Api.certBody(port).post(PATH, batch);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("results").get(1).get("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(status(suspended)).isEqualTo("SUSPENDED");
    }

    @Test
    void oneConflictingCertificateRollsTheWholeBatchBackAndIsNamed() {
        String known = Certificates.newNumber("0717");
        assertThat(Api.certBody(port).post("/api/v1/certificates", Certificates.kettle(known)).status()).isEqualTo(201);
        String fresh = Certificates.newNumber("0717");
        String changed = item(known, null).replace("电热水壶", "电水壶");

        Response refused = Api.certBody(port).post(PATH, batch(item(fresh, null), changed));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains(known);
        assertThat(check(fresh)).as("rolled back with it").isEqualTo("INTERCEPT[\"CERTIFICATE_NOT_FOUND\"]");
    }

    @Test
    void badItemsAreNamedByTheirPlaceAndNothingIsIssued() {
        String good = Certificates.newNumber("0717");
        String badCode = item(Certificates.newNumber("0717"), null).replace(Certificates.HOLDER, "NOT-A-CREDIT-CODE");
        String badStatus = item(Certificates.newNumber("0717"), "EXPIRED");

        Response refused = Api.certBody(port).post(PATH, batch(item(good, null), badCode, badStatus));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").toString())
                .contains("items[1].certificate.holder.creditCode", "items[2].status.status");
        assertThat(check(good)).isEqualTo("INTERCEPT[\"CERTIFICATE_NOT_FOUND\"]");
    }

    @Test
    void refusesMoreThanOneHundredAnotherBodysNumbersAndCallersThatAreNotBodies() {
        var items = new ArrayList<String>();
        for (int i = 0; i < 101; i++) {
            items.add(item(Certificates.newNumber("0717"), null));
        }
        Response tooMany = Api.certBody(port).post(PATH, batch(items.toArray(String[]::new)));
        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(400);
        assertThat(tooMany.json().get("errors").get(0).get("field").asString()).isEqualTo("items");

        String otherBody = Certificates.newNumber("0717").replaceFirst("^(\\d{4})01", "$102");
        assertThat(Api.certBody(port).post(PATH, batch(item(otherBody, null))).status()).isEqualTo(403);
        assertThat(Api.platformA(port).post(PATH, batch(item(Certificates.newNumber("0717"), null))).status()).isEqualTo(403);
        assertThat(Api.certBody(port).post(PATH, "{\"items\":[").status()).isEqualTo(400);
    }

    /** The status readers see, once the certificate view has caught up. */
    private String status(String number) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> Api.certBody(port).get("/api/v1/certificates/" + number), found -> found.status() == 200)
                .json().get("status").asString();
    }

    /** The verdict, and its reasons, a listing under this certificate gets from the check path. */
    private String check(String number) {
        var answer = Api.platformA(port).post("/api/v1/listing-checks", Certificates.listing("B-" + number, number, "SWF-17E"))
                .json();
        return answer.get("verdict").asString() + answer.get("reasons");
    }

    private static String item(String number, String status) {
        String certificate = Certificates.kettle(number);
        return status == null ? "{\"certificate\":%s}".formatted(certificate)
                : "{\"certificate\":%s,\"status\":{\"status\":\"%s\",\"reason\":\"监督抽查不合格\",\"effectiveOn\":\"2026-11-20\"}}"
                        .formatted(certificate, status);
    }

    private static String batch(String... items) {
        return "{\"items\":[" + String.join(",", List.of(items)) + "]}";
    }
}
