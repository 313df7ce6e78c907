package io.tianping.spotcheck.api;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.verification.api.ListingKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened to a sample. Events a read model or another module acts on carry what it needs without reading
 * other tables: the sample, its plan, the listing and its platform, the catalogue code, the verdict and the failed
 * items. Due dates are the last day allowed, in China time. Stored in the event store: never rename or move one
 * without an upcaster.
 */
public sealed interface SampleEvent {

    SampleId sampleId();

    /**
     * The selected {@code listing} was bought, with a backup, under {@code planId}; {@code producer} is the one on the
     * label, who is asked to confirm the product and answers for a failure.
     */
    @Revision("1")
    record SamplePurchased(SampleId sampleId, PlanId planId, SelectedListing listing, String productName, String model,
                           Producer producer, String orderRef, Money pricePaid, String purchasedBy, Instant at)
            implements SampleEvent {
    }

    /** One step of the chain of custody; {@code witness} is null where none was named. */
    @Revision("1")
    record CustodyRecorded(SampleId sampleId, CustodyStep step, String by, String witness, Instant at) implements SampleEvent {
    }

    /** The seller was told its product was sampled, with the help of {@code platform}. */
    @Revision("1")
    record SellerNotified(SampleId sampleId, MerchantRef seller, PlatformId platform, Instant at) implements SampleEvent {
    }

    /** The labelled producer was asked to confirm the product is theirs. */
    @Revision("1")
    record ProducerAskedToConfirm(SampleId sampleId, Producer producer, Instant at) implements SampleEvent {
    }

    /** The labelled producer confirmed the product is theirs. */
    @Revision("1")
    record ProducerConfirmed(SampleId sampleId, Producer producer, String note, Instant at) implements SampleEvent {
    }

    /** The labelled producer said the product is not theirs; a {@link CounterfeitSuspected} follows. */
    @Revision("1")
    record ProducerDenied(SampleId sampleId, Producer producer, String note, Instant at) implements SampleEvent {
    }

    /**
     * The product sold on {@code listing} carries the name of a producer who denies making it: a counterfeit to refer
     * to the regions of the producer and of the seller.
     */
    @Revision("1")
    record CounterfeitSuspected(SampleId sampleId, PlanId planId, ListingKey listing, PlatformId platform,
                                CatalogueCode catalogueCode, String productName, String model, MerchantRef seller,
                                RegionCode sellerRegion, Producer producer, RegionCode producerRegion, String note,
                                Instant at) implements SampleEvent {
    }

    /** The lab's result; it must reach the seller by {@code resultDueToSellerOn} (5 WD). */
    @Revision("1")
    record LabResultRecorded(SampleId sampleId, PlanId planId, ListingKey listing, PlatformId platform,
                             CatalogueCode catalogueCode, String lab, boolean conforming, List<FailedItem> failedItems,
                             Instant at, LocalDate resultDueToSellerOn) implements SampleEvent {
    }

    /** The result reached the seller; the sampled party may object until {@code objectionDueOn} (15 days). */
    @Revision("1")
    record ResultDelivered(SampleId sampleId, Instant deliveredAt, LocalDate objectionDueOn) implements SampleEvent {
    }

    /** {@code by} objected to the result; the backup sample is to be retested. */
    @Revision("1")
    record ObjectionFiled(SampleId sampleId, String by, String grounds, Instant at) implements SampleEvent {
    }

    /** The retest of the backup sample; {@code reversed} when its verdict differs from the first. */
    @Revision("1")
    record RetestResultRecorded(SampleId sampleId, PlanId planId, ListingKey listing, PlatformId platform,
                                CatalogueCode catalogueCode, String lab, boolean conforming, List<FailedItem> failedItems,
                                boolean reversed, Instant at) implements SampleEvent {
    }

    /**
     * The result stands: no objection came in time, or the retest decided ({@code retested}). Nothing changes it any
     * more; a nonconforming one is followed by {@link NonconformityConfirmed}.
     */
    @Revision("1")
    record ResultFinal(SampleId sampleId, PlanId planId, ListingKey listing, PlatformId platform,
                       CatalogueCode catalogueCode, boolean conforming, List<FailedItem> failedItems, boolean retested,
                       Instant at) implements SampleEvent {
    }

    /**
     * The product sold on {@code listing} failed and the result is final: the listing is to be intercepted, and
     * enforcement clues opened in the producer's and the seller's regions (their credit codes' registration regions).
     */
    @Revision("1")
    record NonconformityConfirmed(SampleId sampleId, PlanId planId, ListingKey listing, PlatformId platform,
                                  CatalogueCode catalogueCode, String productName, String model, MerchantRef seller,
                                  RegionCode sellerRegion, Producer producer, RegionCode producerRegion,
                                  List<FailedItem> failedItems, Instant at) implements SampleEvent {
    }

    /** {@code clock} ran out on {@code dueOn} without its step; reported once, at {@code detectedAt}. */
    @Revision("1")
    record SampleDeadlineMissed(SampleId sampleId, SampleClock clock, LocalDate dueOn, Instant detectedAt)
            implements SampleEvent {
    }
}
