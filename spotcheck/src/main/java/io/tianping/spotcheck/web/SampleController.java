package io.tianping.spotcheck.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import io.tianping.sharedkernel.Bounds;
import jakarta.validation.constraints.Size;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.spotcheck.api.CustodyStep;
import io.tianping.spotcheck.api.FailedItem;
import io.tianping.spotcheck.api.Producer;
import io.tianping.spotcheck.api.SampleCommand;
import io.tianping.spotcheck.api.SampleCommand.AskProducerToConfirm;
import io.tianping.spotcheck.api.SampleCommand.DeliverResult;
import io.tianping.spotcheck.api.SampleCommand.FileObjection;
import io.tianping.spotcheck.api.SampleCommand.NotifySeller;
import io.tianping.spotcheck.api.SampleCommand.RecordCustody;
import io.tianping.spotcheck.api.SampleCommand.RecordLabResult;
import io.tianping.spotcheck.api.SampleCommand.RecordProducerAnswer;
import io.tianping.spotcheck.api.SampleCommand.RecordPurchase;
import io.tianping.spotcheck.api.SampleCommand.RecordRetestResult;
import io.tianping.spotcheck.api.SampleId;
import io.tianping.spotcheck.api.SelectedListing;
import io.tianping.spotcheck.projection.SelectionInputs;
import io.tianping.verification.api.ListingKey;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.jspecify.annotations.Nullable;

/** A sample from purchase to final result: custody step by step, notices, lab result, objection and retest. */
@RestController
@RequestMapping("/api/v1/spotcheck/samples")
class SampleController {

    private final CommandGateway commands;
    private final SpotcheckGate gate;
    private final SelectionInputs inputs;
    private final Clock clock;

    SampleController(CommandGateway commands, SpotcheckGate gate, SelectionInputs inputs, Clock clock) {
        this.commands = commands;
        this.gate = gate;
        this.inputs = inputs;
        this.clock = clock;
    }

    record PurchaseRequest(String planId, String platform, String listingId, String orderRef,
                           @DecimalMin("0") @DecimalMax(Money.MAX_TEXT) BigDecimal pricePaid, boolean backupBought) { }

    record CustodyStepRequest(CustodyStep step, @Nullable String witness) { }

    record ProducerAnswerRequest(boolean ours, @Size(max = Bounds.TEXT) String note) { }

    record LabResultRequest(String lab, boolean conforming, @Size(max = 100) @Nullable List<FailedItem> failedItems) { }

    record DeliveryRequest(@Nullable Instant deliveredAt) { }

    record ObjectionRequest(String by, @Size(max = Bounds.TEXT) String grounds) { }

    /** The new sample's id (its custody, results and objection go under {@code /api/v1/spotcheck/samples/{sampleId}}). */
    record SamplePurchaseResponse(SampleId sampleId) { }

    /** Buys a listing the plan selected (as a mystery shopper, with a backup sample). */
    @PostMapping
    ResponseEntity<SamplePurchaseResponse> purchaseSample(@RequestBody PurchaseRequest request, Actor regulator) {
        var plan = gate.runnablePlan(regulator, request.planId());
        ListingKey listing = SpotcheckGate.parse("listingId", () -> new ListingKey(new PlatformId(request.platform()),
                request.listingId()));
        SelectedListing selected = plan.selection().stream().filter(s -> s.listing().equals(listing)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                        "Listing %s was not selected by plan %s".formatted(listing, request.planId())));
        Money paid = SpotcheckGate.parse("pricePaid", () -> new Money(request.pricePaid()));
        SampleId sampleId = SampleId.of(plan.plan().planId(), listing);
        send(() -> new RecordPurchase(sampleId, plan.plan().planId(), selected, inputs.productNameOf(listing),
                selected.model(), new Producer(selected.producerName(), selected.producerCreditCode()), request.orderRef(),
                paid, request.backupBought(), regulator.id(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/v1/spotcheck/samples/" + sampleId.value()))
                .body(new SamplePurchaseResponse(sampleId));
    }

    @GetMapping("/{id}")
    SampleResponse findSample(@PathVariable String id) {
        return SampleResponse.of(gate.sample(id));
    }

    @PostMapping("/{id}/custody")
    SampleResponse recordCustodyStep(@PathVariable String id, @RequestBody CustodyStepRequest request, Actor regulator) {
        SampleId sampleId = gate.runnableSample(regulator, id).sampleId();
        return send(() -> new RecordCustody(sampleId, request.step(), regulator.id(), request.witness(), clock.instant()));
    }

    @PostMapping("/{id}/seller-notice")
    SampleResponse notifySeller(@PathVariable String id, Actor regulator) {
        SampleId sampleId = gate.runnableSample(regulator, id).sampleId();
        return send(() -> new NotifySeller(sampleId, clock.instant()));
    }

    @PostMapping("/{id}/producer-confirmation")
    SampleResponse askProducerToConfirm(@PathVariable String id, Actor regulator) {
        SampleId sampleId = gate.runnableSample(regulator, id).sampleId();
        return send(() -> new AskProducerToConfirm(sampleId, clock.instant()));
    }

    @PostMapping("/{id}/producer-answer")
    SampleResponse recordProducerAnswer(@PathVariable String id, @RequestBody ProducerAnswerRequest request, Actor regulator) {
        SampleId sampleId = gate.runnableSample(regulator, id).sampleId();
        return send(() -> new RecordProducerAnswer(sampleId, request.ours(), request.note(), clock.instant()));
    }

    @PostMapping("/{id}/lab-result")
    SampleResponse recordLabResult(@PathVariable String id, @RequestBody LabResultRequest request, Actor regulator) {
        SampleId sampleId = gate.runnableSample(regulator, id).sampleId();
        return send(() -> new RecordLabResult(sampleId, request.lab(), request.conforming(),
                request.failedItems() == null ? List.of() : request.failedItems(), clock.instant()));
    }

    @PostMapping("/{id}/delivery")
    SampleResponse deliverResult(@PathVariable String id, @RequestBody DeliveryRequest request, Actor regulator) {
        SampleId sampleId = gate.runnableSample(regulator, id).sampleId();
        return send(() -> new DeliverResult(sampleId, request.deliveredAt() == null ? clock.instant() : request.deliveredAt()));
    }

    /** The sampled party's objection, recorded by the regulator that received it. */
    @PostMapping("/{id}/objection")
    SampleResponse fileObjection(@PathVariable String id, @RequestBody ObjectionRequest request, Actor regulator) {
        SampleId sampleId = gate.runnableSample(regulator, id).sampleId();
        return send(() -> new FileObjection(sampleId, request.by(), request.grounds(), clock.instant()));
    }

    @PostMapping("/{id}/retest-result")
    SampleResponse recordRetestResult(@PathVariable String id, @RequestBody LabResultRequest request, Actor regulator) {
        SampleId sampleId = gate.runnableSample(regulator, id).sampleId();
        return send(() -> new RecordRetestResult(sampleId, request.lab(), request.conforming(),
                request.failedItems() == null ? List.of() : request.failedItems(), clock.instant()));
    }

    private SampleResponse send(Supplier<? extends SampleCommand> request) {
        SampleCommand command = SpotcheckGate.parse("", request);
        commands.sendAndWait(command);
        return SampleResponse.of(gate.sample(command.sampleId().value()));
    }
}
