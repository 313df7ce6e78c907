package io.tianping.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tianping.app.support.TianpingModuleTest;
import io.tianping.app.traceability.Trace;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.Role;
import io.tianping.traceability.api.CloneReason;
import io.tianping.traceability.api.Gtin;
import io.tianping.traceability.api.ItemCommand.SuspectClone;
import io.tianping.traceability.api.ItemId;
import io.tianping.traceability.api.ProductCommand.RegisterProduct;
import io.tianping.traceability.api.RecallCommand.AnnounceRecall;
import io.tianping.traceability.api.RecallId;
import io.tianping.traceability.projection.CloneRegistry;
import io.tianping.traceability.projection.ProductCatalogue;
import io.tianping.traceability.projection.ProductCatalogue.RegisteredProduct;
import io.tianping.traceability.projection.RecallBook;
import io.tianping.verification.Kettles;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.InterceptReason;
import io.tianping.verification.api.ListingChecks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

/**
 * traceability on its own (with verification, whose certificates its products name and whose listing checks its
 * recalls reach): the product catalogue, the recall book and the clone registry fed by commands through the command
 * gateway, and the reaction that has verification intercept a recalled model.
 */
@TianpingModuleTest(extraIncludes = {"app", "verification"})
class TraceabilityModuleTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final PlatformId A = PlatformId.of("platform-a");

    final CommandGateway commands;
    final ProductCatalogue catalogue;
    final RecallBook recalls;
    final CloneRegistry clones;
    final ListingChecks checks;
    final Clock clock;

    TraceabilityModuleTest(CommandGateway commands, ProductCatalogue catalogue, RecallBook recalls,
                           CloneRegistry clones, ListingChecks checks, Clock clock) {
        this.commands = commands;
        this.catalogue = catalogue;
        this.recalls = recalls;
        this.clones = clones;
        this.checks = checks;
        this.clock = clock;
    }

    private Gtin registerKettle(CertificateNumber certificate) {
        Gtin gtin = Gtin.of(Trace.newGtin());
        commands.sendAndWait(new RegisterProduct(gtin, "苏泊尔电热水壶 1.7L", Kettles.MODEL, certificate, Kettles.MANUFACTURER,
                Kettles.KETTLES, "电热水壶", clock.instant()));
        return gtin;
    }

    @Test
    void aRegisteredProductIsFoundByItsGtinUnderItsManufacturer() {
        Gtin gtin = registerKettle(Kettles.newNumber());
        await().atMost(WAIT).until(() -> catalogue.find(gtin.value()) != null);
        assertThat(catalogue.find(gtin.value())).satisfies(product -> {
            assertThat(product.model()).isEqualTo(Kettles.MODEL);
            assertThat(product.manufacturer()).isEqualTo(Kettles.MANUFACTURER);
        });
        assertThat(catalogue.ofManufacturer(Kettles.MAKER)).extracting(RegisteredProduct::gtin).contains(gtin);
        assertThat(catalogue.find(Trace.newGtin())).as("a GTIN nobody registered").isNull();
    }

    @Test
    void aCloneSuspicionIsRecordedOnceForThatItemOnly() {
        ItemId item = new ItemId(Gtin.of(Trace.newGtin()), "SN-1");
        Instant at = clock.instant();
        var suspect = new SuspectClone(item, CloneReason.IMPOSSIBLE_TRAVEL, "杭州与乌鲁木齐 10 分钟内各扫一次", "电热水壶",
                Kettles.MANUFACTURER, Kettles.KETTLES, at);
        assertThat((Boolean) commands.sendAndWait(suspect)).isTrue();
        assertThat((Boolean) commands.sendAndWait(suspect)).as("suspecting it again changes nothing").isFalse();
        await().atMost(WAIT).until(() -> clones.find(item.gtin().value(), "SN-1") != null);
        assertThat(clones.find(item.gtin().value(), "SN-1").reason()).isEqualTo(CloneReason.IMPOSSIBLE_TRAVEL);
        assertThat(clones.find(item.gtin().value(), "SN-2")).isNull();
    }

    @Test
    void aRecallCoversItsLotsOnlyAndListingsOfTheModelAreInterceptedAsRecalled() {
        CertificateNumber certificate = Kettles.newNumber();
        commands.sendAndWait(Kettles.issue(certificate, ChinaTime.today(clock)));
        Gtin gtin = registerKettle(certificate);
        var actor = new Actor(A.value(), Role.PLATFORM, A.value(), null);
        assertThat(checks.verdictOn(actor, Kettles.listing(A, "A-1", certificate)).passed()).isTrue();

        RecallId recall = RecallId.generate();
        commands.sendAndWait(new AnnounceRecall(recall, gtin, List.of("L1"), "壶底过热", "免费更换", certificate, Kettles.MODEL,
                Kettles.MANUFACTURER, null, 1200, clock.instant()));

        await().atMost(WAIT).until(() -> !recalls.ofGtin(gtin.value()).isEmpty());
        assertThat(recalls.ofGtin(gtin.value())).singleElement().satisfies(record -> {
            assertThat(record.recallId()).isEqualTo(recall);
            assertThat(record.covers("L1")).isTrue();
            assertThat(record.covers("L2")).as("another lot").isFalse();
            assertThat(record.covers(null)).as("an item of unknown lot").isFalse();
        });
        assertThat(recalls.ofGtin(Trace.newGtin())).isEmpty();
        await().atMost(WAIT).until(() -> checks.verdictOn(actor, Kettles.listing(A, "A-1", certificate)).reasons()
                .contains(InterceptReason.RECALLED));
    }
}
