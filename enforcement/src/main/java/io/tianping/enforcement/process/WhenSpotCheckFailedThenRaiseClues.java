package io.tianping.enforcement.process;

import io.tianping.enforcement.api.CaseCommand.RaiseClue;
import io.tianping.enforcement.api.CaseId;
import io.tianping.enforcement.api.ClueSource;
import io.tianping.enforcement.api.Party;
import io.tianping.spotcheck.api.SampleEvent.CounterfeitSuspected;
import io.tianping.spotcheck.api.SampleEvent.NonconformityConfirmed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A confirmed spot-check failure becomes two clues: one against the producer in the producer's region, one against
 * the seller in the seller's region. A producer saying "not ours" becomes a counterfeit clue against the seller.
 */
@Component
@ProcessingGroup("enforcement-spotcheck-clues")
class WhenSpotCheckFailedThenRaiseClues {

    private final CommandGateway commands;

    WhenSpotCheckFailedThenRaiseClues(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay // rebuilding read models must never open cases again
    void on(NonconformityConfirmed event) {
        String product = "%s %s".formatted(event.productName(), event.model());
        String failed = event.failedItems().stream().map(item -> item.item() + "（" + item.standard() + "）")
                .reduce((a, b) -> a + "、" + b).orElse("");
        commands.sendAndWait(new RaiseClue(CaseId.of("spotcheck-producer", event.sampleId().value()),
                ClueSource.SPOT_CHECK_FAILURE, event.producerRegion(),
                new Party(event.producer().name(), event.producer().creditCode()), product,
                "产品质量监督抽查不合格：" + failed, event.sampleId().value(), event.at()));
        commands.sendAndWait(new RaiseClue(CaseId.of("spotcheck-seller", event.sampleId().value()),
                ClueSource.SPOT_CHECK_FAILURE, event.sellerRegion(),
                new Party(event.seller().name(), event.seller().creditCode()), product,
                "销售抽查不合格产品：" + failed, event.sampleId().value(), event.at()));
    }

    @EventHandler
    @DisallowReplay
    void on(CounterfeitSuspected event) {
        commands.sendAndWait(new RaiseClue(CaseId.of("spotcheck-counterfeit", event.sampleId().value()),
                ClueSource.SPOT_CHECK_FAILURE, event.sellerRegion(),
                new Party(event.seller().name(), event.seller().creditCode()),
                "%s %s".formatted(event.productName(), event.model()),
                "标称生产者否认该产品为其生产，涉嫌假冒：" + (event.note() == null ? "" : event.note()),
                event.sampleId().value(), event.at()));
    }
}
