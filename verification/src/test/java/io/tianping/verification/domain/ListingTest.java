package io.tianping.verification.domain;

import io.tianping.sharedkernel.MerchantRef;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.ListingCommand.BindListing;
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
    private static final Instant FIRST_CHECK = Instant.parse("2025-06-18T02:00:00Z");
    private static final Instant LATER_CHECK = Instant.parse("2025-06-19T02:00:00Z");

    private AggregateTestFixture<Listing> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Listing.class);
    }

    private static BindListing bind(CertificateNumber number, Instant at) {
        return new BindListing(LISTING, number, MERCHANT, KETTLES, "KX-100", at);
    }

    private static ListingBound bound(CertificateNumber number, Instant at) {
        return new ListingBound(LISTING, number, MERCHANT, KETTLES, "KX-100", at);
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
        void rebindsListingBackToItsEarlierCertificate() {
            fixture.given(bound(KETTLE, FIRST_CHECK), bound(OTHER_KETTLE, LATER_CHECK))
                    .when(bind(KETTLE, LATER_CHECK.plusSeconds(60)))
                    .expectEvents(bound(KETTLE, LATER_CHECK.plusSeconds(60)));
        }
    }
}
