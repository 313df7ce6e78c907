package io.tianping.spotcheck.domain;

import io.tianping.sharedkernel.MerchantRef;
import io.tianping.spotcheck.api.Producer;
import io.tianping.spotcheck.api.SampleClock;
import io.tianping.spotcheck.api.SampleCommand.*;
import io.tianping.spotcheck.api.SampleEvent;
import io.tianping.spotcheck.api.SampleEvent.*;
import io.tianping.spotcheck.api.SampleId;
import io.tianping.spotcheck.api.SampleStage;
import io.tianping.spotcheck.api.SelectedListing;
import io.tianping.spotcheck.domain.SampleState.LabResult;
import io.tianping.verification.api.ListingKey;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static io.tianping.spotcheck.domain.SampleClocks.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A sample bought for a spot check, from its purchase to its final result (audit type {@code sample}). The rules of
 * order live in {@link SampleGuard}, the periods in {@link SampleClocks}; the state is the shared fold
 * {@link SampleState}.
 */
@Aggregate
class Sample {

    @AggregateIdentifier
    private SampleId sampleId;
    private SampleState state = SampleState.empty();

    Sample() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordPurchase c) {
        if (!state.isEmpty()) {
            return; // the id comes from the plan and the listing: the same purchase recorded again
        }
        if (!c.backupBought()) {
            throw SpotcheckRuleViolated.because("sample %s of %s must be bought with a backup: a retest after an objection needs it",
                    c.sampleId(), c.listing().listing());
        }
        apply(new SamplePurchased(c.sampleId(), c.planId(), c.listing(), c.productName(), c.model(), c.producer(),
                c.orderRef(), c.pricePaid(), c.purchasedBy(), c.at()));
    }

    @CommandHandler
    void handle(RecordCustody c) {
        guard().notFinal("record custody").nextCustodyStep(c.step(), c.at());
        apply(new CustodyRecorded(sampleId, c.step(), c.by(), c.witness(), c.at()));
    }

    @CommandHandler
    void handle(NotifySeller c) {
        guard().notFinal("notify the seller").sellerNotYetNotified();
        apply(new SellerNotified(sampleId, state.purchase().seller(), listing().platform(), c.at()));
    }

    @CommandHandler
    void handle(AskProducerToConfirm c) {
        guard().notFinal("ask the producer to confirm").producerNotYetAsked();
        apply(new ProducerAskedToConfirm(sampleId, state.purchase().producer(), c.at()));
    }

    @CommandHandler
    void handle(RecordProducerAnswer c) {
        guard().notFinal("record the producer's answer").producerAskedNotAnswered(c.at());
        Producer producer = state.purchase().producer();
        if (c.ours()) {
            apply(new ProducerConfirmed(sampleId, producer, c.note(), c.at()));
            return;
        }
        apply(new ProducerDenied(sampleId, producer, c.note(), c.at()));
        SelectedListing selected = state.purchase().listing();
        MerchantRef seller = selected.seller();
        apply(new CounterfeitSuspected(sampleId, state.planId(), listing(), listing().platform(), selected.catalogueCode(),
                state.purchase().productName(), state.purchase().model(), seller, seller.creditCode().registrationRegion(), producer,
                producer.creditCode().registrationRegion(), c.note(), c.at()));
    }

    @CommandHandler
    void handle(RecordLabResult c) {
        guard().notFinal("record a lab result").labHasSample(c.at());
        apply(new LabResultRecorded(sampleId, state.planId(), listing(), listing().platform(),
                state.purchase().listing().catalogueCode(), c.lab(), c.conforming(), c.failedItems(), c.at(),
                resultToSellerDue(c.at())));
    }

    @CommandHandler
    void handle(DeliverResult c) {
        guard().notFinal("deliver the result").resultToDeliver(c.deliveredAt());
        reportLateDelivery(c.deliveredAt());
        apply(new ResultDelivered(sampleId, c.deliveredAt(), objectionDue(c.deliveredAt())));
    }

    @CommandHandler
    void handle(FileObjection c) {
        guard().notFinal("take an objection").objectionAllowed(c.at());
        apply(new ObjectionFiled(sampleId, c.by(), c.grounds(), c.at()));
    }

    @CommandHandler
    void handle(RecordRetestResult c) {
        guard().notFinal("record a retest").objectionFiled(c.at());
        apply(new RetestResultRecorded(sampleId, state.planId(), listing(), listing().platform(),
                state.purchase().listing().catalogueCode(), c.lab(), c.conforming(), c.failedItems(),
                c.conforming() != state.result().conforming(), c.at()));
        becomeFinal(state.retest(), true, c.at()); // the retest is final, whichever way it goes
    }

    @CommandHandler
    void handle(CheckSampleClocks c) {
        if (state.isFinal()) {
            return;
        }
        if (state.stage() == SampleStage.RESULT_RECORDED) {
            reportLateDelivery(c.now());
        }
        if (state.stage() == SampleStage.RESULT_DELIVERED && isPast(state.objectionDueOn(), c.now())) {
            becomeFinal(state.result(), false, c.now()); // no objection in time: the result stands
        }
    }

    /** The result to the seller is reported missed once, when its 5 WD ran out before it was delivered. */
    private void reportLateDelivery(Instant at) {
        if (!state.resultDeliveryMissed() && isPast(state.resultDueToSellerOn(), at)) {
            apply(new SampleDeadlineMissed(sampleId, SampleClock.RESULT_TO_SELLER, state.resultDueToSellerOn(), at));
        }
    }

    private void becomeFinal(LabResult result, boolean retested, Instant at) {
        SelectedListing selected = state.purchase().listing();
        apply(new ResultFinal(sampleId, state.planId(), listing(), listing().platform(), selected.catalogueCode(),
                result.conforming(), result.failedItems(), retested, at));
        if (!result.conforming()) {
            MerchantRef seller = selected.seller();
            Producer producer = state.purchase().producer();
            apply(new NonconformityConfirmed(sampleId, state.planId(), listing(), listing().platform(), selected.catalogueCode(),
                    state.purchase().productName(), state.purchase().model(), seller, seller.creditCode().registrationRegion(),
                    producer, producer.creditCode().registrationRegion(), result.failedItems(), at));
        }
    }

    private ListingKey listing() {
        return state.purchase().listing().listing();
    }

    SampleState state() {
        return state;
    }

    private SampleGuard guard() {
        return new SampleGuard(state);
    }

    @EventSourcingHandler
    void on(SampleEvent event) {
        sampleId = event.sampleId();
        state = state.apply(event);
    }
}
