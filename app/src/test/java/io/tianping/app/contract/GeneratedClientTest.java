package io.tianping.app.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import io.tianping.client.api.AuditApi;
import io.tianping.client.api.CertificateApi;
import io.tianping.client.api.ListingCheckApi;
import io.tianping.client.api.TakedownNoticeApi;
import io.tianping.client.model.AcknowledgementRequest;
import io.tianping.client.model.CertificateRequest;
import io.tianping.client.model.FactoryBody;
import io.tianping.client.model.ListingCheckBatchRequest;
import io.tianping.client.model.ListingCheckRequest;
import io.tianping.client.model.ListingCheckResponse;
import io.tianping.client.model.MerchantBody;
import io.tianping.client.model.PartyBody;
import io.tianping.client.model.StatusChangeRequest;
import io.tianping.client.model.TakedownNoticeView;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README tour's verification part, driven by the Java client generated from the committed contract
 * ({@code src/test/resources/openapi.json}, kept equal to {@code /v3/api-docs} by {@link OpenApiSnapshotTest}) as a
 * platform would generate it: if the document misdescribes an answer, the client cannot read it and this fails.
 */
@TianpingTest
class GeneratedClientTest {

    @LocalServerPort int port;

    @Test
    void aPlatformRunsTheVerificationTourThroughTheGeneratedClient() throws Exception {
        String number = Certificates.newNumber("0717");
        var body = new CertificateApi(GeneratedClients.organisation(port, "demo-cert-body-key"));

        String key = "issue-" + number;
        var issued = body.issueCertificateWithHttpInfo(kettle(number), key);
        assertThat(issued.getStatusCode()).isEqualTo(201);
        var retried = body.issueCertificateWithHttpInfo(kettle(number), key);
        assertThat(retried.getStatusCode()).as("a retry with the same Idempotency-Key gets the first answer").isEqualTo(201);
        assertThat(retried.getHeaders().get("idempotent-replayed")).containsExactly("true");
        assertThat(issued.getHeaders().get("location")).containsExactly("/api/v1/certificates/" + number);
        assertThat(issued.getData().getOutcome().getValue()).isEqualTo("CREATED");

        var platformA = GeneratedClients.organisation(port, "demo-platform-a-key");
        var checks = new ListingCheckApi(platformA);
        ListingCheckResponse pass = checks.checkListing(listing("GC-" + number, number, "SWF-17E"), null);
        assertThat(pass.getVerdict().getValue()).isEqualTo("PASS");
        assertThat(pass.getCertificate().getNumber()).isEqualTo(number);
        assertThat(pass.getCertificate().getStatus().getValue()).isEqualTo("VALID");

        var intercepted = checks.checkListings(new ListingCheckBatchRequest().items(List.of(
                listing("GC-X-" + number, number, "XX-1"), listing("GC-N-" + number, null, "SWF-17E"))), null).getResults();
        assertThat(intercepted).extracting(result -> result.getVerdict().getValue()).containsExactly("INTERCEPT", "INTERCEPT");
        assertThat(intercepted.get(0).getReasons()).extracting(Object::toString).containsExactly("MODEL_NOT_COVERED");
        assertThat(intercepted.get(1).getReasons()).extracting(Object::toString).containsExactly("CERTIFICATE_MISSING");
        assertThat(intercepted.get(1).getCertificate()).isNull();

        var suspended = body.suspendCertificate(number, new StatusChangeRequest().reason("监督抽查不合格"), null);
        assertThat(suspended.getStatus().getValue()).isEqualTo("SUSPENDED");

        var feed = new TakedownNoticeApi(platformA);
        TakedownNoticeView notice = await().atMost(Duration.ofSeconds(30)).until(() -> feed.listTakedownNotices("0", 1000)
                .getItems().stream().filter(item -> number.equals(item.getCertificateNumber())).findFirst().orElse(null),
                found -> found != null);
        assertThat(notice.getListingId()).isEqualTo("GC-" + number);
        assertThat(notice.getReason().getValue()).isEqualTo("SUSPENDED");
        var removedAt = OffsetDateTime.parse("2026-11-23T08:00:00Z");
        var acknowledged = feed.acknowledgeTakedownNotice(notice.getId(), new AcknowledgementRequest().removedAt(removedAt), null);
        assertThat(acknowledged.getId()).isEqualTo(notice.getId());
        assertThat(acknowledged.getStatus()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.getRemovedAt().toInstant()).isEqualTo(removedAt.toInstant());

        var auditor = GeneratedClients.person(port, "auditor");
        var certificate = new CertificateApi(auditor).findCertificate(number);
        assertThat(certificate.getStatus().getValue()).isEqualTo("SUSPENDED");
        assertThat(certificate.getHolder().getCreditCode()).isEqualTo(Certificates.HOLDER);
        assertThat(certificate.getModels()).containsExactly("SWF-17E", "SWF-15E");
        var audit = new AuditApi(auditor);
        assertThat(audit.listAuditEvents("certificate", number)).extracting(event -> event.getType())
                .containsExactly("CertificateIssued", "CertificateSuspended");
        var integrity = audit.checkAuditIntegrity("certificate", number);
        assertThat(integrity.getIntact()).isTrue();
        assertThat(integrity.getEventsChecked()).isEqualTo(2);
        assertThat(integrity.getFirstBrokenSequence()).isNull();
    }


    private static CertificateRequest kettle(String number) {
        var holder = new PartyBody().name("浙江苏泊尔家电制造有限公司").creditCode(Certificates.HOLDER);
        return new CertificateRequest().number(number).holder(holder).manufacturer(holder)
                .factory(new FactoryBody().name("苏泊尔杭州工厂").address("浙江省杭州市萧山区"))
                .productName("电热水壶").catalogueCode("0717").models(List.of("SWF-17E", "SWF-15E"))
                .standards(List.of("GB 4706.1-2005", "GB 4706.19-2008"))
                .issuedOn(LocalDate.of(2025, 3, 1)).validUntil(LocalDate.of(2030, 2, 28));
    }

    private static ListingCheckRequest listing(String listingId, String certificateNumber, String model) {
        return new ListingCheckRequest().listingId(listingId).title("电热水壶 1.7L").catalogueCode("0717").model(model)
                .merchant(new MerchantBody().name("杭州小家电专营店").creditCode(Certificates.RESELLER))
                .certificateNumber(certificateNumber).price(new BigDecimal("129.00"));
    }
}
