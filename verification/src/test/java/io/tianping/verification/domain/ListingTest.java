package io.tianping.verification.domain;

import io.tianping.sharedkernel.MerchantRef;
import io.tianping.sharedkernel.Money;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.InterceptReason;
import io.tianping.verification.api.ListingCommand.BindListing;
import io.tianping.verification.api.ListingCommand.InterceptListing;
import io.tianping.verification.api.ListingCommand.ReleaseListing;
import io.tianping.verification.api.ListingEvent.ListingIntercepted;
import io.tianping.verification.api.ListingEvent.ListingReleased;
import io.tianping.verification.api.ListingEvent.ListingBound;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.tianping.verification.VerificationFixtures.KETTLE;
import static io.tianping.verification.VerificationFixtures.KETTLES;
import static io.tianping.verification.VerificationFixtures.LISTING;
import static io.tianping.verification.VerificationFixtures.OTHER_KETTLE;
import static io.tianping.verification.VerificationFixtures.RESELLER;

class ListingTest {

    private static final MerchantRef MERCHANT = new MerchantRef("某电器专营店", RESELLER);
    private static final Money PRICE = Money.of("129.00");
    private static final Instant FIRST_CHECK = Instant.parse("2025-06-18T02:00:00Z");
    private static final Instant LATER_CHECK = Instant.parse("2025-06-19T02:00:00Z");

    private AggregateTestFixture<Listing> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Listing.class);
    }

    private static BindListing bind(CertificateNumber number, Instant at) {
        return new BindListing(LISTING, number, MERCHANT, KETTLES, "KX-100", at, PRICE);
    }

    private static ListingBound bound(CertificateNumber number, Instant at) {
        return new ListingBound(LISTING, number, MERCHANT, KETTLES, "KX-100", at, PRICE);
    }

    @Nested
    class Bind {

        @Test
        void bindsNewListingToItsCertificate() {
            fixture.givenNoPriorActivity()
                    .when(bind(KETTLE, FIRST_CHECK))
                    .expectEvents(bound(KETTLE, FIRST_CHECK));
        }

        @Test
        void bindingAgainToTheSameCertificateChangesNothing() {
            fixture.given(bound(KETTLE, FIRST_CHECK))
                    .when(bind(KETTLE, LATER_CHECK))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rebindsListingThatNowPassesWithAnotherCertificate() {
            fixture.given(bound(KETTLE, FIRST_CHECK))
                    .when(bind(OTHER_KETTLE, LATER_CHECK))
                    .expectEvents(bound(OTHER_KETTLE, LATER_CHECK));
        }

        @Test
        void rebindsAListingWhosePriceChangedSoThePriceBaseFollows() {
            var cheaper = new BindListing(LISTING, KETTLE, MERCHANT, KETTLES, "KX-100", LATER_CHECK, Money.of("39.90"));
            fixture.given(bound(KETTLE, FIRST_CHECK))
                    .when(cheaper)
                    .expectEvents(new ListingBound(LISTING, KETTLE, MERCHANT, KETTLES, "KX-100", LATER_CHECK, Money.of("39.90")));
        }

        @Test
        void rebindsListingBackToItsEarlierCertificate() {
            fixture.given(bound(KETTLE, FIRST_CHECK), bound(OTHER_KETTLE, LATER_CHECK))
                    .when(bind(KETTLE, LATER_CHECK.plusSeconds(60)))
                    .expectEvents(bound(KETTLE, LATER_CHECK.plusSeconds(60)));
        }
    }

    @Nested
    class Hold {

        private final InterceptListing hold = new InterceptListing(LISTING, InterceptReason.SPOT_CHECK_FAILED, "sample-1", LATER_CHECK);
        private final ListingIntercepted held = new ListingIntercepted(LISTING, InterceptReason.SPOT_CHECK_FAILED, "sample-1", LATER_CHECK);

        @Test
        void holdsABoundListingOffSale() {
            fixture.given(bound(KETTLE, FIRST_CHECK)).when(hold).expectEvents(held);
        }

        @Test
        void holdsAListingNeverBound() {
            fixture.givenNoPriorActivity().when(hold).expectEvents(held);
        }

        @Test
        void holdingItAgainChangesNothing() {
            fixture.given(held).when(hold).expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void releasesTheHold() {
            var release = new ReleaseListing(LISTING, InterceptReason.SPOT_CHECK_FAILED, "复检合格", LATER_CHECK.plusSeconds(60));
            fixture.given(held).when(release).expectEvents(
                    new ListingReleased(LISTING, InterceptReason.SPOT_CHECK_FAILED, "复检合格", LATER_CHECK.plusSeconds(60)));
        }

        @Test
        void releasingWhatIsNotHeldChangesNothing() {
            var release = new ReleaseListing(LISTING, InterceptReason.SPOT_CHECK_FAILED, "x", LATER_CHECK);
            fixture.given(bound(KETTLE, FIRST_CHECK)).when(release).expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void onlyASpotCheckFailureHoldsAListing() {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() ->
                    new InterceptListing(LISTING, InterceptReason.CERTIFICATE_REVOKED, "x", LATER_CHECK));
        }
    }
}
