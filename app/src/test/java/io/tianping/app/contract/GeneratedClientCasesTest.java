package io.tianping.app.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.Certificates;
import io.tianping.app.support.TianpingTest;
import io.tianping.client.ApiException;
import io.tianping.client.api.AuditApi;
import io.tianping.client.api.CaseQueryApi;
import io.tianping.client.api.CertificateApi;
import io.tianping.client.api.ClueApi;
import io.tianping.client.api.CooperationApi;
import io.tianping.client.api.InvestigationApi;
import io.tianping.client.api.ListingCheckApi;
import io.tianping.client.api.PenaltyApi;
import io.tianping.client.api.PlanApi;
import io.tianping.client.api.SampleApi;
import io.tianping.client.api.SeriousViolationApi;
import io.tianping.client.model.AssistanceRequest;
import io.tianping.client.model.CertificateRequest;
import io.tianping.client.model.CluePartyBody;
import io.tianping.client.model.ClueRequest;
import io.tianping.client.model.CustodyStepRequest;
import io.tianping.client.model.DeliveryRequest;
import io.tianping.client.model.EvidenceRequest;
import io.tianping.client.model.FactoryBody;
import io.tianping.client.model.FailedItem;
import io.tianping.client.model.LabResultRequest;
import io.tianping.client.model.ListingCheckRequest;
import io.tianping.client.model.MerchantBody;
import io.tianping.client.model.PartyBody;
import io.tianping.client.model.PenaltyDecisionRequest;
import io.tianping.client.model.PenaltyProposalRequest;
import io.tianping.client.model.PlanRequest;
import io.tianping.client.model.PurchaseRequest;
import io.tianping.client.model.ReasonRequest;
import io.tianping.client.model.StatementRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README tour's enforcement and spot-check parts through the Java client generated from the committed contract,
 * as a regulator's own system would call them: each answer must be readable by the generated models, and each request
 * the models write (a step that needs only its reason among them) must be what the API reads.
 */
@TianpingTest
class GeneratedClientCasesTest {

    @LocalServerPort int port;

    @Test
    void aRegulatorRunsTheEnforcementTourThroughTheGeneratedClient() throws Exception {
        var zhejiang = GeneratedClients.person(port, "regulator-zj");
        var jiangsu = GeneratedClients.person(port, "regulator-js");
        String party = Certificates.creditCode("91330106MA2" + String.format("%06d", System.nanoTime() % 1_000_000));

        var clue = new ClueApi(zhejiang).raiseClue(new ClueRequest().source(ClueRequest.SourceEnum.COMPLAINT)
                .party(new CluePartyBody().name("杭州某电器商行").creditCode(party)).product("电热水壶")
                .description("消费者投诉：电热水壶无3C标志"), null);
        String caseId = clue.getCaseId();
        assertThat(clue.getCompetentRegion()).isEqualTo("330000");
        var filed = new ClueApi(zhejiang).fileCase(caseId, new ReasonRequest().reason("涉嫌销售未经认证产品"), null);
        assertThat(filed.getStage().getValue()).isEqualTo("FILED");

        assertThatThrownBy(() -> new CaseQueryApi(jiangsu).findCase(caseId, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        var assistance = new CooperationApi(zhejiang).requestAssistance(caseId,
                new AssistanceRequest().toRegion("320000").request("请协助调查苏州仓库"), null);
        assertThat(assistance.getAssistanceId()).isNotBlank();
        assertThat(new CaseQueryApi(jiangsu).findCase(caseId, null).getSharedRegions()).contains("320000");

        var investigation = new InvestigationApi(zhejiang);
        investigation.addEvidence(caseId, new EvidenceRequest().description("购买记录")
                .sha256("a".repeat(64)), null);
        var penalties = new PenaltyApi(zhejiang);
        penalties.proposePenalty(caseId, new PenaltyProposalRequest().fine(new BigDecimal("200000.00")).grounds("销售未经认证产品"), null);
        penalties.recordStatement(caseId, new StatementRequest().statement("无异议").hearingRequested(false), null);
        var decided = penalties.decidePenalty(caseId, new PenaltyDecisionRequest().fine(new BigDecimal("200000.00"))
                .seriousViolation(true).decision("罚款二十万元"), null);
        assertThat(decided.getStage().getValue()).isEqualTo("DECIDED");

        var auditor = GeneratedClients.person(port, "auditor");
        var listed = await().atMost(Duration.ofSeconds(30)).until(() -> new SeriousViolationApi(auditor).listSeriousViolations()
                .stream().filter(entry -> party.equals(entry.getCreditCode())).findFirst().orElse(null), entry -> entry != null);
        assertThat(listed.getCaseId()).isEqualTo(caseId);
        var asDecided = new CaseQueryApi(auditor).findCase(caseId, null);
        assertThat(asDecided.getPenalty().getFine()).isEqualTo("200000.00");
        assertThat(asDecided.getEvidence()).hasSize(1);
        assertThat(new AuditApi(auditor).checkAuditIntegrity("case", caseId).getIntact()).isTrue();
        assertThat(new CaseQueryApi(zhejiang).listCases(null, null, 0, 500))
                .anySatisfy(row -> assertThat(row.getCaseId()).isEqualTo(caseId));
    }

    @Test
    void aRegulatorRunsTheSpotCheckTourThroughTheGeneratedClient() throws Exception {
        String number = Certificates.newNumber("0702");
        var issued = new CertificateApi(GeneratedClients.organisation(port, "demo-cert-body-key")).issueCertificate(fan(number), null);
        assertThat(issued.getOutcome().getValue()).isEqualTo("CREATED");
        String listingId = "GC-S-" + number;
        var checked = new ListingCheckApi(GeneratedClients.organisation(port, "demo-platform-a-key")).checkListing(new ListingCheckRequest()
                .listingId(listingId).title("落地扇 40cm").catalogueCode("0702").model("FS-40GC")
                .merchant(new MerchantBody().name("杭州某家电专营店").creditCode(Certificates.RESELLER))
                .certificateNumber(number).price(new BigDecimal("99.00")), null);
        assertThat(checked.getVerdict().getValue()).isEqualTo("PASS");

        var zhejiang = GeneratedClients.person(port, "regulator-zj");
        var plans = new PlanApi(zhejiang);
        var plan = plans.createPlan(new PlanRequest().name("2026年电商平台电风扇质量抽查（客户端）").year(2026)
                .products(List.of("0702")).quotas(Map.of("platform-a", 1000)).seed(20261130L), null);
        var selected = await().atMost(Duration.ofSeconds(30)).until(() -> plans.drawSelection(plan.getPlanId(), null),
                drawn -> drawn.stream().anyMatch(listing -> listingId.equals(listing.getListing().getListingId())));
        var ours = selected.stream().filter(listing -> listingId.equals(listing.getListing().getListingId())).findFirst().orElseThrow();
        assertThat(ours.getPrice()).isEqualTo("99.00");
        assertThat(ours.getReasons()).isNotEmpty();

        var samples = new SampleApi(zhejiang);
        String sampleId = samples.purchaseSample(new PurchaseRequest().planId(plan.getPlanId()).platform("platform-a")
                .listingId(listingId).orderRef("GC-ORDER-" + number).pricePaid(new BigDecimal("99.00")).backupBought(true), null)
                .getSampleId();
        for (var step : List.of(CustodyStepRequest.StepEnum.RECEIVED, CustodyStepRequest.StepEnum.UNBOXED_AND_SEALED,
                CustodyStepRequest.StepEnum.SENT_TO_LAB, CustodyStepRequest.StepEnum.RECEIVED_BY_LAB)) {
            samples.recordCustodyStep(sampleId, new CustodyStepRequest().step(step).witness("公证员"), null);
        }
        samples.recordLabResult(sampleId, new LabResultRequest().lab("浙江省质量科学研究院").conforming(false)
                .failedItems(List.of(new FailedItem().item("对触及带电部件的防护").standard("GB 4706.27-2008")
                        .requirement("不可触及").measured("可触及"))), null);
        var delivered = samples.deliverResult(sampleId, new DeliveryRequest(), null);

        assertThat(delivered.getStage().getValue()).isEqualTo("RESULT_DELIVERED");
        assertThat(delivered.getCustody()).hasSize(4);
        assertThat(delivered.getResult().getFailedItems()).extracting(FailedItem::getItem).containsExactly("对触及带电部件的防护");
        assertThat(delivered.getObjectionDueOn()).isAfter(LocalDate.of(2026, 1, 1));
        assertThat(samples.findSample(sampleId).getPurchase().getListing().getListing().getListingId()).isEqualTo(listingId);
    }

    private static CertificateRequest fan(String number) {
        var maker = new PartyBody().name("中山某电风扇制造有限公司").creditCode(Certificates.MANUFACTURER);
        return new CertificateRequest().number(number).holder(maker).manufacturer(maker)
                .factory(new FactoryBody().name("中山工厂").address("广东省中山市")).productName("电风扇")
                .catalogueCode("0702").models(List.of("FS-40GC")).standards(List.of("GB 4706.27-2008"))
                .issuedOn(LocalDate.of(2025, 3, 1)).validUntil(LocalDate.of(2030, 2, 28));
    }



}
