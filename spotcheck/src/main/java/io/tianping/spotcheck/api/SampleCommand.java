package io.tianping.spotcheck.api;

import static io.tianping.sharedkernel.Fields.required;
import static io.tianping.sharedkernel.Fields.text;

import io.tianping.sharedkernel.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a regulator (and the processes watching the clocks) can do to a sample, from its purchase to its final
 * result. Constructors reject malformed input with an {@link IllegalArgumentException} whose message starts with the
 * field name; steps out of order or late are refused by the sample (a {@code SpotcheckRuleViolated}, HTTP 409).
 * Every time is given by the caller: the sample never reads a clock.
 */
public sealed interface SampleCommand {

    SampleId sampleId();

    /**
     * Record the mystery-shopper purchase of a selected listing, with its backup. Recording the same sample again
     * changes nothing; a sample bought without a backup is refused (a retest needs it).
     *
     * @param sampleId    must be {@link SampleId#of(PlanId, io.tianping.verification.api.ListingKey)} of the plan and listing
     * @param productName the product as bought, e.g. "电热水壶"
     * @param model       the model as bought; null to take the listing's
     * @param producer    the producer on the label; null to take the one the listing names
     * @param orderRef    the platform's order number
     * @param purchasedBy who bought it
     */
    record RecordPurchase(@TargetAggregateIdentifier SampleId sampleId, PlanId planId, SelectedListing listing,
                          String productName, String model, Producer producer, String orderRef, Money pricePaid,
                          boolean backupBought, String purchasedBy, Instant at) implements SampleCommand {
        public RecordPurchase {
            required("sampleId", sampleId);
            required("planId", planId);
            required("listing", listing);
            SampleId expected = SampleId.of(planId, listing.listing());
            if (!sampleId.equals(expected)) {
                throw new IllegalArgumentException("sampleId: the sample of %s in plan %s is %s, got %s"
                        .formatted(listing.listing(), planId, expected, sampleId));
            }
            productName = text("productName", productName);
            model = text("model", model == null || model.isBlank() ? listing.model() : model);
            if (producer == null && listing.producerName() != null && listing.producerCreditCode() != null) {
                producer = new Producer(listing.producerName(), listing.producerCreditCode());
            }
            if (producer == null) {
                throw new IllegalArgumentException("producer: the listing names no producer with a credit code; give the one on the label");
            }
            orderRef = text("orderRef", orderRef);
            required("pricePaid", pricePaid);
            purchasedBy = text("purchasedBy", purchasedBy);
            required("at", at);
        }
    }

    /** Record the next step of the chain of custody; the unboxing and sealing needs a witness. */
    record RecordCustody(@TargetAggregateIdentifier SampleId sampleId, CustodyStep step, String by, String witness,
                         Instant at) implements SampleCommand {
        public RecordCustody {
            required("sampleId", sampleId);
            required("step", step);
            by = text("by", by);
            witness = witness == null || witness.isBlank() ? null : witness.strip();
            if (step == CustodyStep.UNBOXED_AND_SEALED && witness == null) {
                throw new IllegalArgumentException("witness: the unboxing and sealing must be witnessed; name the witness");
            }
            required("at", at);
        }
    }

    /** Notify the seller that its product was sampled (the platform assists); once. */
    record NotifySeller(@TargetAggregateIdentifier SampleId sampleId, Instant at) implements SampleCommand {
        public NotifySeller {
            required("sampleId", sampleId);
            required("at", at);
        }
    }

    /** Send the documents to the labelled producer to confirm the product is theirs; once. */
    record AskProducerToConfirm(@TargetAggregateIdentifier SampleId sampleId, Instant at) implements SampleCommand {
        public AskProducerToConfirm {
            required("sampleId", sampleId);
            required("at", at);
        }
    }

    /** The labelled producer's answer; "not ours" ({@code ours == false}) raises a counterfeit finding. */
    record RecordProducerAnswer(@TargetAggregateIdentifier SampleId sampleId, boolean ours, String note, Instant at)
            implements SampleCommand {
        public RecordProducerAnswer {
            required("sampleId", sampleId);
            note = note == null ? "" : note.strip();
            required("at", at);
        }
    }

    /**
     * The lab's result, once it received the sample: conforming, or nonconforming with at least one failed item.
     * It must reach the seller within 5 WD.
     */
    record RecordLabResult(@TargetAggregateIdentifier SampleId sampleId, String lab, boolean conforming,
                           List<FailedItem> failedItems, Instant at) implements SampleCommand {
        public RecordLabResult {
            required("sampleId", sampleId);
            lab = text("lab", lab);
            failedItems = verdict(conforming, failedItems);
            required("at", at);
        }
    }

    /** The result reached the seller; the sampled party may object within 15 days of {@code deliveredAt}. */
    record DeliverResult(@TargetAggregateIdentifier SampleId sampleId, Instant deliveredAt) implements SampleCommand {
        public DeliverResult {
            required("sampleId", sampleId);
            required("deliveredAt", deliveredAt);
        }
    }

    /** The sampled party objects to the result, within the period; the backup sample is retested. */
    record FileObjection(@TargetAggregateIdentifier SampleId sampleId, String by, String grounds, Instant at)
            implements SampleCommand {
        public FileObjection {
            required("sampleId", sampleId);
            by = text("by", by);
            grounds = text("grounds", grounds);
            required("at", at);
        }
    }

    /** The retest of the backup sample; its result is final and may reverse the first. */
    record RecordRetestResult(@TargetAggregateIdentifier SampleId sampleId, String lab, boolean conforming,
                              List<FailedItem> failedItems, Instant at) implements SampleCommand {
        public RecordRetestResult {
            required("sampleId", sampleId);
            lab = text("lab", lab);
            failedItems = verdict(conforming, failedItems);
            required("at", at);
        }
    }

    /**
     * Look at the sample's clocks at {@code now}: a result not delivered within 5 WD is reported missed, once; a
     * result with no objection within 15 days becomes final.
     */
    record CheckSampleClocks(@TargetAggregateIdentifier SampleId sampleId, Instant now) implements SampleCommand {
        public CheckSampleClocks {
            required("sampleId", sampleId);
            required("now", now);
        }
    }

    private static List<FailedItem> verdict(boolean conforming, List<FailedItem> items) {
        required("failedItems", items);
        if (items.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("failedItems: must not contain null");
        }
        if (conforming && !items.isEmpty()) {
            throw new IllegalArgumentException("failedItems: a conforming result has no failed items, got " + items.size());
        }
        if (!conforming && items.isEmpty()) {
            throw new IllegalArgumentException("failedItems: a nonconforming result needs at least one failed item");
        }
        return List.copyOf(items);
    }
}
