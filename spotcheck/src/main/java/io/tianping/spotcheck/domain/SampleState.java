package io.tianping.spotcheck.domain;

import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import io.tianping.spotcheck.api.CustodyStep;
import io.tianping.spotcheck.api.FailedItem;
import io.tianping.spotcheck.api.PlanId;
import io.tianping.spotcheck.api.Producer;
import io.tianping.spotcheck.api.SampleEvent;
import io.tianping.spotcheck.api.SampleId;
import io.tianping.spotcheck.api.SampleStage;
import io.tianping.spotcheck.api.SelectedListing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A sample as its events left it: a pure fold ({@link #apply}) that the sample aggregate keeps and that the read side
 * may use to show a sample as it stood at any instant ({@link #replay} of the events up to then). Fields are null
 * until their step happened.
 *
 * @param stage                 null only for {@link #empty()}, before the purchase
 * @param custody               the custody steps recorded so far, in order
 * @param resultDeliveryMissed  the result was reported not delivered within 5 WD
 * @param retest                the retest of the backup sample, after an objection
 */
public record SampleState(SampleId sampleId, PlanId planId, SampleStage stage, Purchase purchase, List<Custody> custody,
                          Instant sellerNotifiedAt, Instant producerAskedAt, ProducerAnswer producerAnswer,
                          LabResult result, LocalDate resultDueToSellerOn, boolean resultDeliveryMissed,
                          Instant deliveredAt, LocalDate objectionDueOn, Objection objection, LabResult retest,
                          Instant finalAt) {

    public SampleState {
        custody = List.copyOf(custody);
    }

    /** The purchase: the listing as selected, the product as bought (with its labelled producer), what was paid. */
    public record Purchase(SelectedListing listing, String productName, String model, Producer producer, String orderRef,
                           Money pricePaid, String purchasedBy, Instant at) {

        public MerchantRef seller() {
            return listing.seller();
        }
    }

    /** One step of the chain of custody; {@code witness} may be null. */
    public record Custody(CustodyStep step, String by, String witness, Instant at) {
    }

    /** The labelled producer's answer: {@code ours} false means it denies making the product. */
    public record ProducerAnswer(boolean ours, String note, Instant at) {
    }

    /** A lab's verdict on the sample (or, for a retest, on the backup). */
    public record LabResult(String lab, boolean conforming, List<FailedItem> failedItems, Instant at) {

        public LabResult {
            failedItems = List.copyOf(failedItems);
        }
    }

    /** The sampled party's objection to the result. */
    public record Objection(String by, String grounds, Instant at) {
    }

    /** Before the first event. */
    public static SampleState empty() {
        return new SampleState(null, null, null, null, List.of(), null, null, null, null, null, false, null, null, null,
                null, null);
    }

    /** The state after {@code events}, in order, starting from nothing. */
    public static SampleState replay(Iterable<? extends SampleEvent> events) {
        SampleState state = empty();
        for (SampleEvent event : events) {
            state = state.apply(event);
        }
        return state;
    }

    /** The state after one more event. */
    public SampleState apply(SampleEvent event) {
        return new SampleFold(this).apply(event);
    }

    public boolean isEmpty() {
        return stage == null;
    }

    public boolean isFinal() {
        return stage == SampleStage.FINAL;
    }

    /** The last custody step recorded, if any. */
    public Optional<Custody> lastCustody() {
        return custody.isEmpty() ? Optional.empty() : Optional.of(custody.getLast());
    }

    /** The result that stands: the retest's if there was one, else the first; null before the first result. */
    public LabResult standingResult() {
        return retest != null ? retest : result;
    }
}
