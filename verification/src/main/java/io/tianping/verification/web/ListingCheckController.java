package io.tianping.verification.web;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.CheckFlag;
import io.tianping.verification.api.InterceptReason;
import io.tianping.verification.api.ListingToCheck;
import io.tianping.verification.api.Verdict;
import io.tianping.verification.check.CheckResult;
import io.tianping.verification.check.ListingChecker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

/** The 7×24 listing check platforms call before and while a listing is on sale. */
@RestController
@RequestMapping("/api/v1/listing-checks")
class ListingCheckController {

    static final int MAX_BATCH = 1000;

    private final ListingChecker checker;

    ListingCheckController(ListingChecker checker) {
        this.checker = checker;
    }

    /** The certificate a listing was checked against, and its status on the day of the check. */
    record CheckedCertificate(CertificateNumber number, CertificateStatus status) { }

    /** The verdict on one listing: PASS, or INTERCEPT with the reasons; flags never intercept. */
    record ListingCheckResponse(String listingId, Verdict verdict, List<InterceptReason> reasons, List<CheckFlag> flags,
                                @Nullable CheckedCertificate certificate, Instant checkedAt) {

        static ListingCheckResponse of(CheckResult result) {
            var certificate = result.certificate() == null ? null : new CheckedCertificate(result.certificate().number(),
                    result.certificate().effectiveStatus(result.checkDate()));
            return new ListingCheckResponse(result.listing().key().listingId(), result.verdict().verdict(),
                    result.verdict().reasons(), result.verdict().flags(), certificate, result.checkedAt());
        }
    }

    /** Up to {@value #MAX_BATCH} listings in one call. */
    record ListingCheckBatchRequest(List<ListingCheckRequest> items) { }

    /** One verdict per listing, in the order of the items. */
    record ListingCheckBatchResponse(List<ListingCheckResponse> results) { }

    @PostMapping
    ListingCheckResponse checkListing(@RequestBody ListingCheckRequest request, Actor platform) {
        var check = new InputCheck();
        ListingToCheck listing = request.toListing(platformOf(platform), check, "");
        check.orThrow();
        return ListingCheckResponse.of(checker.check(platform, listing));
    }

    @PostMapping("/batch")
    ListingCheckBatchResponse checkListings(@RequestBody ListingCheckBatchRequest request, Actor platform) {
        var check = new InputCheck();
        BatchItems.requireCount(check, request.items(), MAX_BATCH, "listings");
        check.orThrow();
        PlatformId platformId = platformOf(platform);
        var listings = new ArrayList<ListingToCheck>(request.items().size());
        for (int i = 0; i < request.items().size(); i++) {
            ListingCheckRequest item = request.items().get(i);
            if (item == null) {
                check.problem("items[%d]".formatted(i), "is required");
            } else {
                listings.add(item.toListing(platformId, check, "items[%d].".formatted(i)));
            }
        }
        check.orThrow();
        return new ListingCheckBatchResponse(checker.checkAll(platform, listings).stream().map(ListingCheckResponse::of).toList());
    }

    private static PlatformId platformOf(Actor platform) {
        return new PlatformId(platform.organisation());
    }
}
