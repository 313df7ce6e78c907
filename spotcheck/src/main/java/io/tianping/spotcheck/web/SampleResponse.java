package io.tianping.spotcheck.web;

import io.tianping.sharedkernel.Money;
import io.tianping.spotcheck.api.CustodyStep;
import io.tianping.spotcheck.api.FailedItem;
import io.tianping.spotcheck.api.PlanId;
import io.tianping.spotcheck.api.Producer;
import io.tianping.spotcheck.api.SampleId;
import io.tianping.spotcheck.api.SampleStage;
import io.tianping.spotcheck.api.SelectedListing;
import io.tianping.spotcheck.domain.SampleState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sample as its organiser and auditors read it, from purchase to final result; a step's fields are null until the
 * step happened. The fields are those the sample state has (the domain's {@code SampleState} stays free to change).
 *
 * @param custody              the custody steps recorded so far, in order
 * @param resultDeliveryMissed the result was reported not delivered within 5 working days
 * @param retest               the retest of the backup sample, after an objection
 * @param finalAt              when the result became final (stage {@code FINAL})
 */
record SampleResponse(SampleId sampleId, PlanId planId, SampleStage stage, SamplePurchase purchase,
                      List<SampleCustodyStep> custody, @Nullable Instant sellerNotifiedAt, @Nullable Instant producerAskedAt,
                      @Nullable SampleProducerAnswer producerAnswer, @Nullable SampleLabResult result, @Nullable LocalDate resultDueToSellerOn,
                      boolean resultDeliveryMissed, @Nullable Instant deliveredAt, @Nullable LocalDate objectionDueOn, @Nullable SampleObjection objection,
                      @Nullable SampleLabResult retest, @Nullable Instant finalAt) {

    /** The purchase: the listing as selected, the product as bought (with its labelled producer), what was paid. */
    record SamplePurchase(SelectedListing listing, String productName, String model, Producer producer, String orderRef,
                          Money pricePaid, String purchasedBy, Instant at) { }

    /** One step of the chain of custody; {@code witness} may be null. */
    record SampleCustodyStep(CustodyStep step, String by, @Nullable String witness, Instant at) { }

    /** The labelled producer's answer: {@code ours} false means it denies making the product. */
    record SampleProducerAnswer(boolean ours, String note, Instant at) { }

    /** A lab's verdict on the sample (or, for a retest, on the backup). */
    record SampleLabResult(String lab, boolean conforming, List<FailedItem> failedItems, Instant at) { }

    /** The sampled party's objection to the result. */
    record SampleObjection(String by, String grounds, Instant at) { }

    static SampleResponse of(SampleState s) {
        var p = s.purchase();
        return new SampleResponse(s.sampleId(), s.planId(), s.stage(), p == null ? null
                : new SamplePurchase(p.listing(), p.productName(), p.model(), p.producer(), p.orderRef(), p.pricePaid(),
                p.purchasedBy(), p.at()),
                s.custody().stream().map(c -> new SampleCustodyStep(c.step(), c.by(), c.witness(), c.at())).toList(),
                s.sellerNotifiedAt(), s.producerAskedAt(), s.producerAnswer() == null ? null
                : new SampleProducerAnswer(s.producerAnswer().ours(), s.producerAnswer().note(), s.producerAnswer().at()),
                result(s.result()), s.resultDueToSellerOn(), s.resultDeliveryMissed(), s.deliveredAt(), s.objectionDueOn(),
                s.objection() == null ? null
                : new SampleObjection(s.objection().by(), s.objection().grounds(), s.objection().at()),
                result(s.retest()), s.finalAt());
    }

    private static SampleLabResult result(SampleState.LabResult r) {
        return r == null ? null : new SampleLabResult(r.lab(), r.conforming(), r.failedItems(), r.at());
    }
}
