package io.tianping.odr;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.TianpingModuleTest;
import io.tianping.odr.api.ComplaintCommand.FileComplaint;
import io.tianping.odr.api.ComplaintCommand.MarkComplaintOverdue;
import io.tianping.odr.api.ComplaintEvent.ComplaintOverdue;
import io.tianping.odr.api.ComplaintId;
import io.tianping.odr.api.ComplaintProduct;
import io.tianping.odr.api.ComplaintQuery.ComplaintClusters;
import io.tianping.odr.api.ComplaintQuery.ListComplaintClusters;
import io.tianping.odr.api.ComplaintStage;
import io.tianping.odr.api.Consumer;
import io.tianping.odr.api.OdrEnterpriseCommand.ApplyForOdr;
import io.tianping.odr.api.OdrEnterpriseCommand.ApproveOdrEnterprise;
import io.tianping.odr.api.OdrEnterpriseId;
import io.tianping.odr.api.Respondent;
import io.tianping.odr.projection.ComplaintReads;
import io.tianping.odr.projection.ComplaintView;
import io.tianping.odr.projection.OdrEnterprisesProjection;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.CreditCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.Scenario;

/** odr on its own: its read models fed by its own events, and the cluster query spot checks ask. */
@TianpingModuleTest
class OdrModuleTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final CreditCode SELLER = CreditCode.of(first17("91330106MA2MQDUL1"));

    final CommandGateway commands;
    final QueryGateway queries;
    final OdrEnterprisesProjection enterprises;
    final ComplaintReads complaints;
    final Instant now;

    OdrModuleTest(CommandGateway commands, QueryGateway queries, OdrEnterprisesProjection enterprises,
                  ComplaintReads complaints, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.enterprises = enterprises;
        this.complaints = complaints;
        this.now = clock.instant();
    }

    @Test
    void anApprovedEnterpriseIsEnrolledAndItsOverdueComplaintShowsAsSuch(Scenario scenario) {
        var id = OdrEnterpriseId.of(SELLER);
        commands.sendAndWait(new ApplyForOdr(id, "杭州模块测试电器有限公司", "杭州市西湖区", "0571-1", "1 人", "受理、记录", true, now));
        scenario.stimulate(tx -> commands.sendAndWait(new ApproveOdrEnterprise(id, now)))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> enterprises.enrolled(SELLER), enrolled -> enrolled)
                .andVerify(enrolled -> assertThat(enterprises.find(SELLER).orElseThrow().activeSince()).isNotNull());

        ComplaintId complaint = ComplaintId.generate();
        Instant received = Instant.parse("2026-11-02T02:00:00Z");
        commands.sendAndWait(file(complaint, received, "MX-1"));
        scenario.stimulate(tx -> commands.sendAndWait(new MarkComplaintOverdue(complaint, Instant.parse("2026-11-17T02:00:00Z"))))
                .andWaitAtMost(WAIT)
                .andWaitForEventOfType(ComplaintOverdue.class).toArriveAndVerify(event ->
                        assertThat(event.dueBy()).isEqualTo(LocalDate.parse("2026-11-16")));
        scenario.stimulate(() -> { })
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> stage(complaint), stage -> stage.filter(ComplaintStage.OVERDUE_AT_ENTERPRISE::equals).isPresent())
                .andVerify(stage -> assertThat(complaints.find(complaint).orElseThrow().consumer().phone()).isEqualTo("139****0000"));
    }

    @Test
    void complaintsAboutOneModelFormAClusterWhateverItsCase(Scenario scenario) {
        for (String model : new String[] {"MQ-9", "mq-9", " MQ-9 ", "OTHER"}) {
            commands.sendAndWait(file(ComplaintId.generate(), now, model));
        }
        LocalDate today = ChinaTime.dayOf(now);
        scenario.stimulate(() -> { })
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> queries.query(new ListComplaintClusters(Set.of(CatalogueCode.of("0712")),
                        today.minusDays(90), today, 3), ComplaintClusters.class).join().clusters(), clusters -> !clusters.isEmpty())
                .andVerify(clusters -> assertThat(clusters).singleElement().satisfies(cluster -> {
                    assertThat(cluster.model()).isEqualTo("MQ-9");
                    assertThat(cluster.complaints()).isEqualTo(3);
                }));
    }

    private Optional<ComplaintStage> stage(ComplaintId id) {
        return complaints.find(id).map(ComplaintView::stage);
    }

    private FileComplaint file(ComplaintId id, Instant received, String model) {
        return new FileComplaint(id, received, true, new Consumer("李四", "139-1234-0000"),
                new Respondent("杭州模块测试电器有限公司", SELLER), new ComplaintProduct("电烤箱", CatalogueCode.of("0712"), model),
                null, null, null, "退款", "加热管损坏", null, enterprises.enrolled(SELLER));
    }

    private static String first17(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }
}
