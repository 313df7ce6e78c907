package io.tianping.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.TianpingModuleTest;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.CaseQuery.CaseAccess;
import io.tianping.enforcement.api.CaseQuery.FindCaseAccess;
import io.tianping.enforcement.api.Party;
import io.tianping.enforcement.projection.CaseList;
import io.tianping.enforcement.projection.CaseList.CaseRow;
import io.tianping.enforcement.projection.CaseSearch;
import io.tianping.enforcement.projection.SeriousViolationList;
import io.tianping.livestream.api.Routing;
import io.tianping.livestream.api.SubjectEvent.FindingRecorded;
import io.tianping.livestream.api.SubjectId;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.ListingKey;
import io.tianping.verification.api.TakedownEvent.TakedownNoticeOverdue;
import io.tianping.verification.api.TakedownNoticeId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.Scenario;

/**
 * enforcement on its own: its case read models (PostgreSQL and the search node), its reaction to verification's
 * overdue notices (published here as verification would) and the serious-violation decision, whose block command
 * reaches a stand-in for verification. Commands go in through the command gateway, results come out of its query side.
 */
@TianpingModuleTest
@Import({MerchantCommandsToVerification.class, BlacklistCommandsToLivestream.class})
class EnforcementModuleTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final RegionCode HANGZHOU = RegionCode.of("330100");
    static final RegionCode ZHEJIANG = RegionCode.of("330000");
    static final RegionCode NANJING = RegionCode.of("320100");

    final CommandGateway commands;
    final EventGateway events;
    final QueryGateway queries;
    final CaseList cases;
    final CaseSearch search;
    final SeriousViolationList seriousViolations;
    final MerchantCommandsToVerification verification;
    final BlacklistCommandsToLivestream livestream;
    final Clock clock;

    EnforcementModuleTest(CommandGateway commands, EventGateway events, QueryGateway queries, CaseList cases,
                          CaseSearch search, SeriousViolationList seriousViolations,
                          MerchantCommandsToVerification verification, BlacklistCommandsToLivestream livestream,
                          Clock clock) {
        this.commands = commands;
        this.events = events;
        this.queries = queries;
        this.cases = cases;
        this.search = search;
        this.seriousViolations = seriousViolations;
        this.verification = verification;
        this.livestream = livestream;
        this.clock = clock;
    }

    @Test
    void aRaisedClueIsACaseOfItsCompetentRegionAndOfTheRegionsAboveIt(Scenario scenario) {
        CaseId caseId = CaseId.generate();
        Party shop = CaseSteps.newShop();

        scenario.stimulate(tx -> commands.sendAndWait(CaseSteps.clue(caseId, HANGZHOU, shop, clock.instant())))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> regionsWithAccess(caseId))
                .andVerify(regions -> assertThat(regions).containsExactly(HANGZHOU));
        assertThat(listed(caseId, HANGZHOU)).singleElement()
                .satisfies(row -> assertThat(row.stage()).isEqualTo("CLUE"));
        assertThat(listed(caseId, ZHEJIANG)).as("the province sees its cities' cases").hasSize(1);
        assertThat(listed(caseId, NANJING)).as("another city does not").isEmpty();

        await().atMost(WAIT).until(() -> found(shop, HANGZHOU), rows -> !rows.isEmpty());
        assertThat(found(shop, HANGZHOU)).extracting(CaseRow::caseId).containsExactly(caseId.value());
        assertThat(found(shop, NANJING)).isEmpty();
    }

    @Test
    void aTakedownNoticeLeftOverdueBecomesAClueAgainstThePlatformInItsRegion(Scenario scenario) {
        Instant now = clock.instant();
        var overdue = new TakedownNoticeOverdue(new TakedownNoticeId(UUID.randomUUID().toString()),
                new ListingKey(PlatformId.of("platform-a"), "A-1001"), CertificateNumber.of("2025010717000001"),
                now.minus(Duration.ofHours(1)), now);
        CaseId clue = CaseId.forTakedown(overdue.id());

        // as verification publishes it (Scenario.publish would use Spring's events, which Axon does not read)
        scenario.stimulate(() -> events.publish(overdue))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> listed(clue, HANGZHOU))
                .andVerify(rows -> assertThat(rows).singleElement().satisfies(row -> {
                    assertThat(row.source()).isEqualTo("OVERDUE_TAKEDOWN");
                    assertThat(row.stage()).isEqualTo("CLUE");
                    assertThat(row.partyCreditCode()).as("platform A's operator").isEqualTo("91330100MA27Y00016");
                }));
        assertThat(listed(clue, NANJING)).isEmpty();
    }

    @Test
    void aSeriousViolationFoundListsThePartyAndAsksVerificationToBlockIt(Scenario scenario) {
        CaseId caseId = CaseId.generate();
        Party shop = CaseSteps.newShop();
        Instant start = clock.instant().minus(Duration.ofHours(1));
        CaseSteps.heardCase(commands, caseId, HANGZHOU, shop, start);

        scenario.stimulate(tx -> commands.sendAndWait(CaseSteps.seriousViolationFound(caseId, start)))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> verification.blockOf(shop.creditCode()))
                .andVerify(block -> assertThat(block.reference()).isEqualTo("case " + caseId));
        await().atMost(WAIT).untilAsserted(() -> assertThat(seriousViolations.listed())
                .filteredOn(entry -> entry.creditCode().equals(shop.creditCode().value()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.caseId()).isEqualTo(caseId.value());
                    LocalDate listedOn = ChinaTime.dayOf(entry.listedAt());
                    assertThat(entry.earliestRemovalOn()).as("may ask to leave after a year").isEqualTo(listedOn.plusYears(1));
                    assertThat(entry.automaticExitOn()).as("leaves after three").isEqualTo(listedOn.plusYears(3));
                }));
        await().atMost(WAIT).untilAsserted(() -> assertThat(livestream.blacklistOf(shop.creditCode()))
                .as("blacklisted in live commerce until the automatic exit").isNotNull()
                .satisfies(blacklist -> {
                    assertThat(blacklist.until()).isEqualTo(ChinaTime.dayOf(blacklist.at()).plusYears(3));
                    assertThat(blacklist.appealRoute()).isNotBlank();
                }));
    }

    @Test
    void aLiveCommerceFindingBecomesAClueInTheRegionItWasRoutedTo(Scenario scenario) {
        Party room = CaseSteps.newShop();
        String findingId = UUID.randomUUID().toString();
        var finding = new FindingRecorded(new SubjectId("ls-room"), findingId, room.name(), room.creditCode(),
                PlatformId.of("platform-a"), "s-1", "PRODUCT_INTERCEPTED", "CCC 证书已暂停", null, RegionCode.of("330106"),
                Routing.ACTUAL_ADDRESS, clock.instant());
        CaseId clue = CaseId.of("livestream-finding", findingId);

        scenario.stimulate(() -> events.publish(finding))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> listed(clue, RegionCode.of("330106")))
                .andVerify(rows -> assertThat(rows).singleElement().satisfies(row -> {
                    assertThat(row.source()).isEqualTo("LIVE_MARKETING");
                    assertThat(row.partyCreditCode()).isEqualTo(room.creditCode().value());
                }));
        assertThat(listed(clue, NANJING)).isEmpty();
    }

    private Set<RegionCode> regionsWithAccess(CaseId caseId) {
        return queries.query(new FindCaseAccess(caseId), ResponseTypes.optionalInstanceOf(CaseAccess.class)).join()
                .map(CaseAccess::regions).orElse(Set.of());
    }

    private List<CaseRow> listed(CaseId caseId, RegionCode region) {
        return cases.visibleTo(region, null, false, 0, 500).stream().filter(row -> row.caseId().equals(caseId.value())).toList();
    }

    private List<CaseRow> found(Party party, RegionCode region) {
        return search.search(new CaseSearch.Criteria(party.creditCode().value(), null, region, 0, 10)).items();
    }
}
