package io.tianping.app.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import io.tianping.client.ApiClient;
import io.tianping.client.ApiException;
import io.tianping.client.api.AuditApi;
import io.tianping.client.api.CaptureApi;
import io.tianping.client.api.CertificateApi;
import io.tianping.client.api.ComplaintApi;
import io.tianping.client.api.DisposalApi;
import io.tianping.client.api.OdrEnterpriseApi;
import io.tianping.client.api.OdrStatisticsApi;
import io.tianping.client.api.PrincipalsApi;
import io.tianping.client.api.ProductApi;
import io.tianping.client.api.RecallApi;
import io.tianping.client.api.RegistrationApi;
import io.tianping.client.api.ResolverApi;
import io.tianping.client.api.ScanApi;
import io.tianping.client.api.SubjectApi;
import io.tianping.client.model.AddressBody;
import io.tianping.client.model.AuditedEvent;
import io.tianping.client.model.CertificateRequest;
import io.tianping.client.model.ComplaintConsumerBody;
import io.tianping.client.model.ComplaintProductBody;
import io.tianping.client.model.ComplaintRequest;
import io.tianping.client.model.ComplaintRespondentBody;
import io.tianping.client.model.ComplaintStep;
import io.tianping.client.model.Corrected;
import io.tianping.client.model.DisposalRequest;
import io.tianping.client.model.FactoryBody;
import io.tianping.client.model.FeedbackRequest;
import io.tianping.client.model.HostRequest;
import io.tianping.client.model.Location;
import io.tianping.client.model.NewOrganisation;
import io.tianping.client.model.OdrApplicationRequest;
import io.tianping.client.model.OperatorRequest;
import io.tianping.client.model.PartyBody;
import io.tianping.client.model.Problem;
import io.tianping.client.model.ProductRequest;
import io.tianping.client.model.Rate;
import io.tianping.client.model.RecallReportRequest;
import io.tianping.client.model.RecallRequest;
import io.tianping.client.model.RevealRequest;
import io.tianping.client.model.ScanRequest;
import io.tianping.client.model.SettlementRequest;
import io.tianping.livestream.api.IdNumber;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.traceability.gs1.CheckDigit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README tour's ODR, traceability and live-commerce parts through the Java client generated from the committed
 * contract, as an enterprise's, a manufacturer's and a platform's own systems would call them. Every assertion is one an
 * integrator would notice: an answer the models cannot read, a field missing or of the wrong type, an id that does not
 * come back, a 201 or a problem the client cannot tell apart.
 */
@TianpingTest
class GeneratedClientModulesTest {

    /** A county no other test files complaints in, so its statistics are this test's own. */
    private static final String COUNTY = "330110";
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @LocalServerPort int port;

    @Test
    void anEnterpriseAndTheIntakeRunTheOdrTourThroughTheGeneratedClient() throws Exception {
        String creditCode = newCreditCode("91" + COUNTY);
        var enterprise = GeneratedClients.organisation(port, newOrganisation(NewOrganisation.RoleEnum.ENTERPRISE, creditCode, COUNTY));
        var odr = new OdrEnterpriseApi(enterprise);

        var applied = odr.applyForOdrWithHttpInfo(new OdrApplicationRequest().name("客户端测试企业").creditCode(creditCode)
                .address("杭州市余杭区文一西路 1 号").contact("0571-88880000").staff("2 名专职客服")
                .procedures("受理、登记、48 小时内回复、10 个工作日内办结").commitment(true), "apply-" + creditCode);
        assertThat(applied.getStatusCode()).isEqualTo(201);
        assertThat(applied.getHeaders().get("location")).containsExactly("/api/v1/odr/enterprises/" + creditCode);
        assertThat(applied.getData().getStatus().getValue()).isEqualTo("APPLIED");
        assertThat(applied.getData().getRegion()).isEqualTo(COUNTY);

        var zhejiang = GeneratedClients.person(port, "regulator-zj");
        var approved = new OdrEnterpriseApi(zhejiang).approveOdrEnterprise(creditCode, null);
        assertThat(approved.getStatus().getValue()).isEqualTo("ACTIVE");
        var listed = new OdrEnterpriseApi(GeneratedClients.anonymous(port)).listOdrEnterprises(COUNTY, "ACTIVE").getItems().stream()
                .filter(item -> creditCode.equals(item.getCreditCode())).findFirst().orElseThrow();
        assertThat(listed.getActiveSince()).as("the public list says since when").isNotNull();
        assertThat(odr.findOdrEnterprise(creditCode).getStatus().getValue()).isEqualTo("ACTIVE");

        var intake = GeneratedClients.organisation(port, "demo-12315-key");
        var complaints = new ComplaintApi(intake);
        Instant received = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        var filed = complaints.fileComplaintWithHttpInfo(new ComplaintRequest().receivedAt(received.atOffset(ZoneOffset.UTC))
                .odr(true).consumer(new ComplaintConsumerBody().name("张三").phone("13812345678"))
                .respondent(new ComplaintRespondentBody().name("客户端测试企业").creditCode(creditCode))
                .product(new ComplaintProductBody().name("电热水壶").catalogueCode("0717").model("SWF-17E"))
                .platform("platform-a").amount(new BigDecimal("129.00")).claim("退货退款").facts("使用一周后底座漏电"), null);
        assertThat(filed.getStatusCode()).isEqualTo(201);
        ComplaintStep routed = filed.getData();
        String complaintId = routed.getComplaintId();
        assertThat(filed.getHeaders().get("location")).containsExactly("/api/v1/odr/complaints/" + complaintId);
        assertThat(routed.getRoute().getValue()).isEqualTo("ENTERPRISE");
        assertThat(routed.getRegion()).isEqualTo(COUNTY);
        assertThat(routed.getDueBy()).isAfter(ChinaTime.dayOf(received));

        var own = new ComplaintApi(enterprise);
        var seen = own.listComplaints("WITH_ENTERPRISE", 100).getItems().stream()
                .filter(item -> complaintId.equals(item.getComplaintId())).findFirst().orElseThrow();
        assertThat(seen.getConsumer().getPhone()).isEqualTo("138****5678");
        assertThat(seen.getAmount()).isEqualTo("129.00");
        var settled = own.recordSettlement(complaintId, new SettlementRequest().handledAt(OffsetDateTime.now(ZoneOffset.UTC))
                .settled(true).method("电话协商").result("退货退款"), null);
        assertThat(settled.getStage().getValue()).isEqualTo("SETTLED_BY_ENTERPRISE");
        complaints.recordFeedback(complaintId, new FeedbackRequest().satisfied(true), null);
        var concluded = complaints.findComplaint(complaintId);
        assertThat(concluded.getSettlement().getSettled()).isTrue();
        assertThat(concluded.getSettlement().getOnTime()).isTrue();
        assertThat(concluded.getSatisfied()).isTrue();

        LocalDate today = ChinaTime.dayOf(Instant.now());
        var card = odr.findOdrScorecard(creditCode, today.minusDays(1), today.plusDays(1));
        assertThat(card.getReceived()).isEqualTo(1L);
        assertThat(card.getConcluded()).isEqualTo(1L);
        assertRate(card.getSettlementRate(), 1, 1, "1");
        assertRate(card.getOnTimeRate(), 1, 1, "1");
        assertRate(card.getSatisfactionRate(), 1, 1, "1");
        var statistics = new OdrStatisticsApi(zhejiang).findOdrStatistics(COUNTY, today.minusDays(1), today.plusDays(1));
        assertThat(statistics.getRegion()).isEqualTo(COUNTY);
        assertThat(statistics.getReceived()).isEqualTo(1L);
        assertThat(statistics.getToEnterprises()).isEqualTo(1L);
        assertRate(statistics.getSettlementRate(), 1, 1, "1");
        assertThat(statistics.getMediationAgreementRate().getDenominator()).isZero();
        assertThat(statistics.getMediationAgreementRate().getValue()).as("no mediation: no rate").isNull();

        var audit = new AuditApi(GeneratedClients.person(port, "auditor"));
        assertThat(audit.listAuditEvents("complaint", complaintId)).extracting(AuditedEvent::getType)
                .containsExactly("ComplaintFiled", "SettlementRecorded", "FeedbackRecorded");
        assertThat(audit.checkAuditIntegrity("odr-enterprise", "odr-" + creditCode).getEventsChecked()).isEqualTo(2);
    }

    @Test
    void aManufacturerRunsTheTraceabilityTourThroughTheGeneratedClient() throws Exception {
        String number = Certificates.newNumber("0717");
        var maker = new PartyBody().name("浙江苏泊尔家电制造有限公司").creditCode(Certificates.HOLDER);
        new CertificateApi(GeneratedClients.organisation(port, "demo-cert-body-key")).issueCertificate(new CertificateRequest().number(number)
                .holder(maker).manufacturer(maker).factory(new FactoryBody().name("苏泊尔杭州工厂").address("浙江省杭州市萧山区"))
                .productName("电热水壶").catalogueCode("0717").models(List.of("SWF-17E", "SWF-15E"))
                .standards(List.of("GB 4706.1-2005")).issuedOn(LocalDate.of(2025, 3, 1)).validUntil(LocalDate.of(2030, 2, 28)), null);
        var manufacturer = GeneratedClients.organisation(port, "demo-manufacturer-key");
        String gtin = newGtin();

        var registered = new ProductApi(manufacturer).registerProductWithHttpInfo(new ProductRequest().gtin(gtin)
                .name("苏泊尔电热水壶 1.7L").model("SWF-17E").certificateNumber(number), null);
        assertThat(registered.getStatusCode()).isEqualTo(201);
        assertThat(registered.getHeaders().get("location")).containsExactly("/api/v1/traceability/products/" + gtin);
        assertThat(registered.getData().getGtin()).isEqualTo(gtin);
        assertThat(registered.getData().getManufacturer().getCreditCode()).isEqualTo(Certificates.HOLDER);

        var capture = new CaptureApi(manufacturer);
        var accepted = capture.captureEpcisDocumentWithHttpInfo(epcis(manufacturer, commissioning(gtin)), null, null);
        assertThat(accepted.getStatusCode()).isEqualTo(202);
        String captureId = accepted.getData().getCaptureID();
        assertThat(accepted.getHeaders().get("location")).containsExactly("/api/v1/traceability/epcis/capture/" + captureId);
        var job = await().atMost(Duration.ofSeconds(30)).until(() -> capture.findCaptureJob(captureId), done -> !done.getRunning());
        assertThat(job.getSuccess()).as(String.valueOf(job.getErrors())).isTrue();
        assertThat(job.getEventsCaptured()).isEqualTo(1);

        var resolver = new ResolverApi(GeneratedClients.anonymous(port));
        var genuine = resolver.resolveLotItem(gtin, "L2026A", "S1");
        assertThat(genuine.getState().getValue()).isEqualTo("GENUINE");
        assertThat(genuine.getCertificate().getNumber()).isEqualTo(number);
        assertThat(genuine.getCertificate().getStatus()).isEqualTo("VALID");
        assertThat(genuine.getManufacturer().getCreditCode()).isEqualTo(Certificates.HOLDER);
        assertThat(genuine.getProduct().getModel()).isEqualTo("SWF-17E");
        assertThat(resolver.resolveItem(gtin, "NEVER").getState().getValue()).isEqualTo("NOT_REGISTERED");

        var scans = new ScanApi(GeneratedClients.organisation(port, "demo-platform-a-key"));
        var scanned = scans.reportScan(new ScanRequest().uri("https://id.gs1.org/01/%s/21/S1".formatted(gtin))
                .scannedAt(OffsetDateTime.now(ZoneOffset.UTC).minusHours(2)).location(new Location().lat(30.27).lon(120.16))
                .device("phone-1"), null);
        assertThat(scanned.getState().getValue()).isEqualTo("GENUINE");
        assertThat(scanned.getSerial()).isEqualTo("S1");
        assertThat(scanned.getLot()).isEqualTo("L2026A");

        var recalls = new RecallApi(manufacturer);
        var announced = recalls.announceRecallWithHttpInfo(new RecallRequest().gtin(gtin).lots(List.of("L2026A"))
                .hazard("电源线绝缘不足，有触电风险").remedy("停止使用，免费更换电源线"), null);
        assertThat(announced.getStatusCode()).isEqualTo(201);
        String recallId = announced.getData().getRecallId();
        assertThat(announced.getHeaders().get("location")).containsExactly("/api/v1/traceability/recalls/" + recallId);
        var recalled = resolver.resolveLotItem(gtin, "L2026A", "S2");
        assertThat(recalled.getState().getValue()).isEqualTo("RECALLED");
        assertThat(recalled.getRecall().getRecallId()).isEqualTo(recallId);
        assertThat(recalled.getRecall().getRemedy()).isEqualTo("停止使用，免费更换电源线");

        var returned = capture.captureEpcisDocument(epcis(manufacturer, """
                {"type":"ObjectEvent","eventTime":"%s","eventTimeZoneOffset":"+08:00","action":"OBSERVE",
                 "epcList":["https://id.gs1.org/01/%s/21/S2"],"bizStep":"receiving","disposition":"recalled",
                 "tianping:recallLevel":"CONSUMER"}""".formatted(Instant.now().plusSeconds(1), gtin)), null, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> !capture.findCaptureJob(returned.getCaptureID()).getRunning());
        String month = ChinaTime.dayOf(Instant.now()).toString().substring(0, 7);
        recalls.reportRecallProgress(recallId, new RecallReportRequest().month(month)
                .corrected(new Corrected().manufacturer(0L).distributor(0L).retailer(1L).consumer(0L)), null);
        var progress = recalls.findRecall(recallId);
        assertThat(progress.getRecallId()).isEqualTo(recallId);
        assertThat(progress.getAffectedUnits()).isEqualTo(3L);
        assertThat(progress.getCorrectionRate().getDenominator()).isEqualTo(3L);
        assertThat(progress.getCorrectionRate().getNumerator()).as("a consumer return captured, a retailer's reported").isEqualTo(2L);
        assertThat(progress.getCorrectionRate().getValue()).isCloseTo(0.6667, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(progress.getLevels()).anySatisfy(level -> {
            assertThat(level.getLevel().getValue()).isEqualTo("CONSUMER");
            assertThat(level.getFromEvents()).isEqualTo(1L);
        });
        assertThat(progress.getReports()).extracting(report -> report.getMonth()).containsExactly(month);
        assertThat(new AuditApi(GeneratedClients.person(port, "auditor")).listAuditEvents("recall", recallId)).isNotEmpty();
    }

    @Test
    void aPlatformAndARegulatorRunTheLiveCommerceTourThroughTheGeneratedClient() throws Exception {
        var platformA = GeneratedClients.organisation(port, "demo-platform-a-key");
        var registration = new RegistrationApi(platformA);
        String roomCode = newCreditCode("91330106");
        var room = registration.registerOperatorWithHttpInfo(new OperatorRequest().account("gc-room-" + roomCode)
                .name("杭州好物直播有限公司").creditCode(roomCode)
                .actualAddress(new AddressBody().region("330106").address("杭州市西湖区文三路 90 号"))
                .contact("0571-88886666").licences(List.of("营业执照")), null);
        assertThat(room.getStatusCode()).isEqualTo(201);
        assertThat(room.getData().getOperatorId()).isNotBlank();
        assertThat(room.getHeaders().get("location")).containsExactly("/api/v1/livestream/subjects/" + room.getData().getOperatorId());

        String idNumber = newIdNumber(LocalDate.of(1996, 4, 18));
        String account = "gc-host-" + idNumber.substring(14);
        var host = registration.registerHostWithHttpInfo(host(account, idNumber), null);
        assertThat(host.getStatusCode()).isEqualTo(201);
        String hostId = host.getData().getHostId();
        assertThat(host.getData().getAccount()).isEqualTo(account);

        var blacklisted = new DisposalApi(platformA).recordDisposal(new DisposalRequest().subjectId(hostId).measure("BLACKLIST")
                .reason("多次销售假冒产品").until(ChinaTime.dayOf(Instant.now()).plusDays(30))
                .appealRoute("向 Platform A 申诉"), null);
        assertThat(blacklisted.getMeasure().getValue()).isEqualTo("BLACKLIST");
        assertThat(blacklisted.getCounty()).isEqualTo("330106");
        assertThat(blacklisted.getProvince()).isEqualTo("330000");

        var platformB = GeneratedClients.organisation(port, "demo-platform-b-key");
        assertThatThrownBy(() -> new RegistrationApi(platformB).registerHost(host("gc-b-" + idNumber.substring(14), idNumber), null))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(409);
                    assertThat(refused.getResponseHeaders().firstValue("content-type").orElse(""))
                            .startsWith("application/problem+json");
                    Problem problem = read(platformB, refused.getResponseBody(), Problem.class);
                    assertThat(problem.getStatus()).isEqualTo(409);
                    assertThat(problem.getType().toString()).endsWith("/blacklisted");
                    assertThat(problem.getDetail()).isNotBlank();
                });

        var xihu = GeneratedClients.person(port, "regulator-xihu");
        var subjects = new SubjectApi(xihu);
        assertThat(subjects.searchSubjects(account).getItems()).anySatisfy(hit -> {
            assertThat(hit.getSubjectId()).isEqualTo(hostId);
            assertThat(hit.getBlacklistedUntil()).isNotNull();
        });
        var picture = subjects.findSubject(hostId);
        assertThat(picture.getIdNumber()).isEqualTo("330106********" + idNumber.substring(14));
        assertThat(picture.getPhone()).isEqualTo("138****5678");
        assertThat(picture.getBlacklist().getActive()).isTrue();
        assertThat(picture.getBlacklist().getUntil()).isEqualTo(ChinaTime.dayOf(Instant.now()).plusDays(30));
        assertThat(picture.getAccounts()).extracting(accountOf -> accountOf.getPlatform()).containsExactly("platform-a");
        assertThat(picture.getRefusedAttempts()).anySatisfy(attempt -> {
            assertThat(attempt.getPlatform()).isEqualTo("platform-b");
            assertThat(attempt.getOutcome().getValue()).isEqualTo("REFUSED_BLACKLISTED");
        });

        assertThatThrownBy(() -> subjects.revealSubjectData(hostId, new RevealRequest().field(RevealRequest.FieldEnum.ID_NUMBER), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(read(xihu, e.getResponseBody(), Problem.class).getErrors())
                            .anySatisfy(error -> assertThat(error.getField()).isEqualTo("purpose"));
                });
        var revealed = subjects.revealSubjectData(hostId, new RevealRequest().field(RevealRequest.FieldEnum.ID_NUMBER).purpose("核查投诉涉及主播身份"), null);
        assertThat(revealed.getValue()).isEqualTo(idNumber);
        assertThat(revealed.getSubjectId()).isEqualTo(hostId);
        assertThat(revealed.getField().getValue()).as("named as it was asked for").isEqualTo("idNumber");
        assertThat(subjects.findSubject(hostId).getReveals()).singleElement().satisfies(reveal -> {
            assertThat(reveal.getPurpose()).isEqualTo("核查投诉涉及主播身份");
            assertThat(reveal.getBy()).isEqualTo("regulator-xihu");
            assertThat(reveal.getField().getValue()).isEqualTo("idNumber");
        });
        var audit = new AuditApi(GeneratedClients.person(port, "auditor"));
        assertThat(audit.listAuditEvents("subject", hostId)).extracting(AuditedEvent::getType).contains("DataRevealed");
        assertThat(audit.checkAuditIntegrity("subject", hostId).getIntact()).isTrue();
    }

    private static HostRequest host(String account, String idNumber) {
        return new HostRequest().account(account).name("王小明").idNumber(idNumber)
                .birthDate(LocalDate.parse(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14)))
                .contact("13812345678").aiGenerated(false);
    }

    private String newOrganisation(NewOrganisation.RoleEnum role, String organisation, String region) throws ApiException {
        var issued = new PrincipalsApi(GeneratedClients.person(port, "admin")).addOrganisation(new NewOrganisation()
                .id("gc-" + UUID.randomUUID().toString().substring(0, 8)).role(role).displayName("客户端测试 " + organisation)
                .organisation(organisation).region(region), null);
        return issued.getApiKey();
    }

    private static Object epcis(ApiClient client, String... events) {
        return read(client, """
                {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",{"tianping":"https://tianping.io/epcis/"}],
                 "type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-11-01T08:00:00Z",
                 "epcisBody":{"eventList":[%s]}}""".formatted(String.join(",", events)), Map.class);
    }

    private static String commissioning(String gtin) {
        return """
                {"type":"ObjectEvent","eventTime":"2026-11-01T08:00:00+08:00","eventTimeZoneOffset":"+08:00","action":"ADD",
                 "bizStep":"commissioning","disposition":"active","epcList":["https://id.gs1.org/01/%1$s/10/L2026A/21/S1",
                 "https://id.gs1.org/01/%1$s/10/L2026A/21/S2","https://id.gs1.org/01/%1$s/10/L2026A/21/S3"]}""".formatted(gtin);
    }

    private static <T> T read(ApiClient client, String json, Class<T> type) {
        try {
            return client.getObjectMapper().readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRate(Rate rate, long numerator, long denominator, String value) {
        assertThat(rate.getNumerator()).isEqualTo(numerator);
        assertThat(rate.getDenominator()).isEqualTo(denominator);
        assertThat(rate.getValue()).isEqualByComparingTo(value);
    }

    private static String newGtin() {
        String digits = "0690" + "%09d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000L));
        return digits + CheckDigit.of(digits);
    }

    private static String newIdNumber(LocalDate born) {
        String first17 = "330106" + born.toString().replace("-", "") + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static String newCreditCode(String prefix) {
        var random = ThreadLocalRandom.current();
        var code = new StringBuilder(prefix);
        while (code.length() < 17) {
            code.append(CHARSET.charAt(random.nextInt(code.length() == prefix.length() ? 10 : CHARSET.length())));
        }
        return Certificates.creditCode(code.toString());
    }




}
