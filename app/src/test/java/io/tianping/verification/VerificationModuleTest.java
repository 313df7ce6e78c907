package io.tianping.verification;

import static org.assertj.core.api.Assertions.assertThat;

import io.tianping.app.support.TianpingModuleTest;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.Role;
import io.tianping.verification.api.CertificateCommand.SuspendCertificate;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateQuery.CertificatePage;
import io.tianping.verification.api.CertificateQuery.FindCertificate;
import io.tianping.verification.api.CertificateQuery.SearchCertificates;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.CertificateView;
import io.tianping.verification.api.InterceptReason;
import io.tianping.verification.api.ListingVerdict;
import io.tianping.verification.api.TakedownQuery.ListTakedownNotices;
import io.tianping.verification.api.TakedownQuery.TakedownNoticePage;
import io.tianping.verification.api.TakedownQuery.TakedownNoticeView;
import io.tianping.verification.api.Verdict;
import io.tianping.verification.check.ListingChecker;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.Scenario;

/**
 * verification on its own: its read models fed by its own events, its takedown reaction, and the in-memory index the
 * listing check reads. Commands go in through the command gateway ({@code stimulate(tx -> …)}: Axon's own unit of
 * work, not a transaction of the test's), results come out through the query gateway and the listing checker.
 */
@TianpingModuleTest
class VerificationModuleTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final PlatformId PLATFORM_A = PlatformId.of("platform-a");
    static final PlatformId PLATFORM_B = PlatformId.of("platform-b");

    final CommandGateway commands;
    final QueryGateway queries;
    final ListingChecker checker;
    final LocalDate today;

    VerificationModuleTest(CommandGateway commands, QueryGateway queries, ListingChecker checker, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.checker = checker;
        this.today = ChinaTime.today(clock);
    }

    @Test
    void anIssuedCertificateCanBeReadByItsNumber(Scenario scenario) {
        CertificateNumber number = Kettles.newNumber();

        scenario.stimulate(tx -> commands.sendAndWait(Kettles.issue(number, today)))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> certificate(number))
                .andVerify(view -> {
                    assertThat(view.status()).isEqualTo(CertificateStatus.VALID);
                    assertThat(view.holder().creditCode()).isEqualTo(Kettles.MAKER);
                    assertThat(view.models()).containsExactly(Kettles.MODEL, "SWF-15E");
                });
    }

    @Test
    void anIssuedCertificateIsFoundByItsModelAndProduct(Scenario scenario) {
        CertificateNumber number = Kettles.newNumber();

        scenario.stimulate(tx -> commands.sendAndWait(Kettles.issue(number, today)))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> search(Kettles.MODEL, number))
                .andVerify(found -> assertThat(found).singleElement()
                        .satisfies(view -> assertThat(view.productName()).isEqualTo("电热水壶")));
        assertThat(search("水壶", number)).as("Chinese words inside the product name find it too").hasSize(1);
    }

    @Test
    void suspendingACertificateSendsATakedownNoticeToThePlatformSellingUnderIt(Scenario scenario) {
        CertificateNumber number = Kettles.newNumber();
        commands.sendAndWait(Kettles.issue(number, today));
        assertThat(check(PLATFORM_A, "A-1", number).verdict()).isEqualTo(Verdict.PASS); // binds the listing

        scenario.stimulate(tx -> commands.sendAndWait(new SuspendCertificate(number, "监督抽查不合格", today)))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> notices(PLATFORM_A, number))
                .andVerify(notices -> assertThat(notices).singleElement().satisfies(notice -> {
                    assertThat(notice.listingId()).isEqualTo("A-1");
                    assertThat(notice.reason()).isEqualTo(io.tianping.verification.api.TakedownReason.SUSPENDED);
                    assertThat(notice.status()).isEqualTo("ISSUED");
                    assertThat(Duration.between(notice.issuedAt(), notice.dueBy())).isEqualTo(Duration.ofHours(24));
                }));
        assertThat(notices(PLATFORM_B, number)).as("platform B sells nothing under it").isEmpty();
    }

    @Test
    void theListingCheckInterceptsAListingTheMomentItsCertificateIsSuspended() {
        CertificateNumber number = Kettles.newNumber();
        commands.sendAndWait(Kettles.issue(number, today));
        assertThat(check(PLATFORM_A, "A-2", number).verdict()).isEqualTo(Verdict.PASS);

        commands.sendAndWait(new SuspendCertificate(number, "监督抽查不合格", today));

        // no waiting: the index the check reads changes as the suspension commits
        ListingVerdict verdict = check(PLATFORM_A, "A-2", number);
        assertThat(verdict.verdict()).isEqualTo(Verdict.INTERCEPT);
        assertThat(verdict.reasons()).containsExactly(InterceptReason.CERTIFICATE_SUSPENDED);
    }

    private ListingVerdict check(PlatformId platform, String listingId, CertificateNumber number) {
        var actor = new Actor(platform.value(), Role.PLATFORM, platform.value(), null);
        return checker.check(actor, Kettles.listing(platform, listingId, number)).verdict();
    }

    private CertificateView certificate(CertificateNumber number) {
        return queries.query(new FindCertificate(number), ResponseTypes.optionalInstanceOf(CertificateView.class))
                .join().orElse(null);
    }

    private List<CertificateView> search(String text, CertificateNumber number) {
        CertificatePage page = queries.query(new SearchCertificates(text, null, null, 0, 100), CertificatePage.class).join();
        return page.items().stream().filter(view -> view.number().equals(number)).toList();
    }

    private List<TakedownNoticeView> notices(PlatformId platform, CertificateNumber number) {
        TakedownNoticePage page = queries.query(new ListTakedownNotices(platform, 0, 1000), TakedownNoticePage.class).join();
        return page.items().stream().filter(notice -> notice.certificateNumber().equals(number)).toList();
    }
}
