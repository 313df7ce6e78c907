package io.tianping.odr.projection;

import io.tianping.odr.api.ComplaintId;
import io.tianping.odr.api.ComplaintRoute;
import io.tianping.odr.api.ComplaintStage;
import io.tianping.odr.api.ComplaintProduct;
import io.tianping.odr.api.RejectionGround;
import io.tianping.odr.api.Respondent;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as the enterprise, the intake and regulators see it; the consumer's phone is masked.
 *
 * @param complaintId    the complaint
 * @param receivedAt     when the intake received it
 * @param odr            whether the consumer chose ODR
 * @param consumer       the consumer, phone masked ({@code 138****5678})
 * @param respondent     the business complained about
 * @param product        the product complained about
 * @param platform       the platform it was bought on, when given
 * @param listingId      the listing it was bought from, when given
 * @param amount         the amount in dispute (CNY), when given
 * @param claim          what the consumer asks for
 * @param facts          what happened
 * @param harmKnownOn    when the consumer knew of the harm, when given
 * @param route          who handles it now: ENTERPRISE or REGULATOR
 * @param region         the competent region (the respondent's)
 * @param stage          where it stands
 * @param dueBy          the last day of the clock running now (enterprise, acceptance or mediation); null when none runs
 * @param settlement     what the enterprise recorded; null before
 * @param escalatedAt    when the intake passed it to the regulator; null if never
 * @param acceptedAt     when the regulator accepted it; null before
 * @param pausedForTest  true while a test stops the mediation clock
 * @param rejectionGround the art. 15 ground of a rejection; null otherwise
 * @param outcome        the agreed terms, the reason of a termination or rejection; null before
 * @param noticeDueBy    the day the termination notice is due; null unless terminated
 * @param satisfied      the consumer's feedback; null before it is given
 * @param clueRaisedAt   when a clue for enforcement was raised from it; null if never
 */
public record ComplaintView(ComplaintId complaintId, Instant receivedAt, boolean odr, ConsumerView consumer,
                            Respondent respondent, ComplaintProduct product, @Nullable String platform, @Nullable String listingId, @Nullable Money amount,
                            String claim, String facts, @Nullable LocalDate harmKnownOn, ComplaintRoute route, RegionCode region,
                            ComplaintStage stage, @Nullable LocalDate dueBy, @Nullable SettlementView settlement, @Nullable Instant escalatedAt,
                            @Nullable Instant acceptedAt, boolean pausedForTest, @Nullable RejectionGround rejectionGround, @Nullable String outcome,
                            @Nullable LocalDate noticeDueBy, @Nullable Boolean satisfied, @Nullable Instant clueRaisedAt) {

    /**
     * The consumer, personal data masked.
     *
     * @param name  the consumer's name
     * @param phone the phone number with its middle digits masked, e.g. {@code 138****5678}
     */
    public record ConsumerView(String name, String phone) {
    }

    /**
     * The enterprise's record of its negotiation.
     *
     * @param handledAt   when it handled the complaint
     * @param settled     whether it was settled
     * @param method      how (phone, video, on site…)
     * @param result      what was agreed or why not
     * @param workingDays working days from receipt to {@code handledAt}
     * @param onTime      handled within the 10 working days
     */
    public record SettlementView(Instant handledAt, boolean settled, String method, String result, int workingDays,
                                 boolean onTime) {
    }
}
