package io.tianping.livestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.TianpingModuleTest;
import io.tianping.livestream.api.AccountDetails;
import io.tianping.livestream.api.Address;
import io.tianping.livestream.api.ClockKind;
import io.tianping.livestream.api.IdNumber;
import io.tianping.livestream.api.Identity;
import io.tianping.livestream.api.Measure;
import io.tianping.livestream.api.SubjectCommand.RecordMeasure;
import io.tianping.livestream.api.SubjectCommand.RegisterAccount;
import io.tianping.livestream.api.SubjectId;
import io.tianping.livestream.api.SubjectRole;
import io.tianping.livestream.domain.PersonalDataSeal;
import io.tianping.livestream.domain.SubjectIds;
import io.tianping.livestream.process.BlacklistTermWatch;
import io.tianping.livestream.projection.OverdueClocks;
import io.tianping.livestream.projection.SubjectDirectory;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

/**
 * livestream on its own (with verification, whose listing check it calls): its registry tables, the overdue clocks and
 * the blacklist watch, fed by commands through the command gateway.
 */
@TianpingModuleTest(extraIncludes = {"app", "verification"})
class LivestreamModuleTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final PlatformId A = PlatformId.of("platform-a");

    final CommandGateway commands;
    final SubjectIds ids;
    final PersonalDataSeal seal;
    final SubjectDirectory directory;
    final OverdueClocks clocks;
    final BlacklistTermWatch watch;
    final Clock clock;

    LivestreamModuleTest(CommandGateway commands, SubjectIds ids, PersonalDataSeal seal, SubjectDirectory directory,
                         OverdueClocks clocks, BlacklistTermWatch watch, Clock clock) {
        this.seal = seal;
        this.commands = commands;
        this.ids = ids;
        this.directory = directory;
        this.clocks = clocks;
        this.watch = watch;
        this.clock = clock;
    }

    private SubjectId registerOperator(String account, LocalDate verifiedOn) {
        String first17 = "91330106MA2M" + "%05d".formatted(Math.floorMod(account.hashCode(), 100_000));
        Identity identity = Identity.of(new CreditCode(first17 + CreditCode.checkCharacter(first17)));
        SubjectId id = ids.of(identity);
        var details = new AccountDetails(new Address(RegionCode.of("330106"), "杭州市西湖区"), seal.phone("13812345678"), List.of(),
                verifiedOn, null, null, null, false, false);
        commands.sendAndWait(new RegisterAccount(id, identity, null, "模块测试直播间 " + account, A, account, SubjectRole.OPERATOR,
                details, RegionCode.of("330100"), ChinaTime.today(clock), clock.instant()));
        return id;
    }

    @Test
    void aRegisteredSubjectIsFoundInItsRegionOnlyAndNeverByItsIdNumber() {
        String account = "mod-" + UUID.randomUUID();
        SubjectId id = registerOperator(account, ChinaTime.today(clock));
        await().atMost(WAIT).until(() -> !directory.search(account, RegionCode.of("330000"), null, 10).isEmpty());
        assertThat(directory.search(account, RegionCode.of("330000"), null, 10)).singleElement()
                .satisfies(hit -> assertThat(hit.subjectId()).isEqualTo(id));
        assertThat(directory.search(account, RegionCode.of("320000"), null, 10)).isEmpty();
        assertThat(directory.isOn(id, A, SubjectRole.OPERATOR)).isTrue();
        assertThat(directory.isOn(id, PlatformId.of("platform-b"), null)).isFalse();
        IdNumber someone = new IdNumber("11010519491231002X");
        assertThat(ids.of(Identity.of(someone)).value()).doesNotContain("19491231").startsWith("ls-");
    }

    @Test
    void aVerificationOlderThanSixMonthsIsOverdueAndAnExpiredBlacklistIsEnded() {
        String account = "old-" + UUID.randomUUID();
        LocalDate today = ChinaTime.today(clock);
        SubjectId id = registerOperator(account, today.minusMonths(6).minusDays(1));
        await().atMost(WAIT).until(() -> clocks.overdue(today, ClockKind.REVERIFICATION, A, null, 1000).stream()
                .anyMatch(o -> o.subjectId().equals(id.value())));

        commands.sendAndWait(new RecordMeasure(id, A, Measure.BLACKLIST, "售假", today.plusDays(1), "申诉", today,
                clock.instant()));
        await().atMost(WAIT).until(() -> directory.search(account, null, null, 1).getFirst().blacklistedUntil() != null);
        assertThat(directory.blacklistsEndedBefore(today)).doesNotContain(id);
        assertThat(directory.blacklistsEndedBefore(today.plusDays(2))).contains(id);
    }
}
