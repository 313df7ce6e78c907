package io.tianping.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.TianpingModuleTest;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.spotcheck.api.FailedItem;
import io.tianping.spotcheck.api.SampleCommand.CheckSampleClocks;
import io.tianping.spotcheck.api.SampleEvent.NonconformityConfirmed;
import io.tianping.spotcheck.api.SampleId;
import io.tianping.spotcheck.domain.selection.Candidate;
import io.tianping.spotcheck.projection.SelectionInputs;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.InterceptReason;
import io.tianping.verification.api.ListingKey;
import io.tianping.verification.api.ListingToCheck;
import io.tianping.verification.api.ListingVerdict;
import io.tianping.verification.api.Verdict;
import io.tianping.verification.check.ListingChecker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.Scenario;

/**
 * spotcheck with verification, the module below it, whose listing checks feed spotcheck's population of listings and
 * which takes a failed listing off sale; enforcement, above it, is not booted, so the clues it would raise are seen as
 * the event spotcheck publishes for it. Commands go in through the command gateway, results come out of spotcheck's
 * selection inputs and verification's listing check.
 */
@TianpingModuleTest(extraIncludes = {"app", "verification"})
class SpotcheckModuleTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    final CommandGateway commands;
    final ListingChecker checker;
    final SelectionInputs population;
    final Clock clock;

    SpotcheckModuleTest(CommandGateway commands, ListingChecker checker, SelectionInputs population, Clock clock) {
        this.commands = commands;
        this.checker = checker;
        this.population = population;
        this.clock = clock;
    }

    @Test
    void aListingThatPassedItsCheckCanBeDrawnWithTheProducerItsCertificateNames(Scenario scenario) {
        ListingToCheck listing = Washers.listing(certificate());

        scenario.stimulate(tx -> check(listing))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> drawable(listing.key()))
                .andVerify(candidate -> {
                    assertThat(candidate.price()).isEqualTo(Money.of("899.00"));
                    assertThat(candidate.seller()).isEqualTo(Washers.SHOP);
                    assertThat(candidate.producerCreditCode()).isEqualTo(Washers.MAKER.creditCode());
                });
    }

    @Test
    void aConfirmedNonconformityTakesTheListingOffSaleAndIsPublishedForEnforcement(Scenario scenario) {
        ListingToCheck listing = Washers.listing(certificate());
        assertThat(check(listing).verdict()).isEqualTo(Verdict.PASS);
        Candidate drawn = await().atMost(WAIT).until(() -> drawable(listing.key()), candidate -> candidate != null);
        Instant start = clock.instant().minus(Duration.ofHours(1));
        SampleId sample = Samples.deliveredNonconforming(commands, drawn, start);

        scenario.stimulate(tx -> commands.sendAndWait(new CheckSampleClocks(sample, Samples.objectionWindowOver(start))))
                .andWaitAtMost(WAIT)
                .andWaitForEventOfType(NonconformityConfirmed.class)
                .matching(confirmed -> confirmed.sampleId().equals(sample))
                .toArriveAndVerify(confirmed -> {
                    assertThat(confirmed.producerRegion()).as("the maker is registered in Jiaxing").isEqualTo(RegionCode.of("330482"));
                    assertThat(confirmed.sellerRegion()).as("the shop in Fuzhou").isEqualTo(RegionCode.of("350100"));
                    assertThat(confirmed.failedItems()).extracting(FailedItem::item).containsExactly(Samples.LIVE_PARTS.item());
                });

        await().atMost(WAIT).untilAsserted(() -> assertThat(check(listing).reasons())
                .as("verification holds the listing").containsExactly(InterceptReason.SPOT_CHECK_FAILED));
        await().atMost(WAIT).untilAsserted(() -> assertThat(drawable(listing.key()))
                .as("a held listing is not drawn again").isNull());
    }

    private CertificateNumber certificate() {
        CertificateNumber number = Washers.newNumber();
        commands.sendAndWait(Washers.issue(number, ChinaTime.today(clock)));
        return number;
    }

    private ListingVerdict check(ListingToCheck listing) {
        return checker.check(Washers.PLATFORM_A_CALLING, listing).verdict();
    }

    private Candidate drawable(ListingKey listing) {
        List<Candidate> candidates = population.candidates(List.of(Washers.WASHERS));
        return candidates.stream().filter(candidate -> candidate.listing().equals(listing)).findFirst().orElse(null);
    }
}
