package io.tianping.livestream.web;

import io.tianping.livestream.api.SessionProduct;
import io.tianping.livestream.api.SubjectCommand.ReportSession;
import io.tianping.livestream.api.SubjectId;
import io.tianping.livestream.api.SubjectRole;
import io.tianping.livestream.domain.LivestreamRuleViolated;
import io.tianping.livestream.domain.NotOnPlatform;
import io.tianping.livestream.projection.SubjectDirectory;
import io.tianping.livestream.projection.SubjectPictures;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.Bounds;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.verification.api.InterceptReason;
import io.tianping.verification.api.ListingChecks;
import io.tianping.verification.api.ListingToCheck;
import io.tianping.verification.api.ListingVerdict;
import io.tianping.verification.api.Verdict;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platforms report live sessions; each product shown is checked against CCC exactly like a listing (verification's
 * in-memory check), and each intercepted product becomes a finding routed by art. 47.
 */
@RestController
@RequestMapping("/api/v1/livestream/sessions")
class SessionController {

    private final CommandGateway commands;
    private final ListingChecks checks;
    private final SubjectDirectory directory;
    private final SubjectPictures pictures;
    private final Clock clock;

    SessionController(CommandGateway commands, ListingChecks checks, SubjectDirectory directory,
                      SubjectPictures pictures, Clock clock) {
        this.commands = commands;
        this.checks = checks;
        this.directory = directory;
        this.pictures = pictures;
        this.clock = clock;
    }

    /** One product's listing-check verdict. */
    record ProductVerdict(String listingId, Verdict verdict, List<InterceptReason> reasons) { }

    /** The session: its id, and the verdict on each product in the order sent. */
    record SessionReported(String sessionId, List<ProductVerdict> products) { }

    @PostMapping
    ResponseEntity<SessionReported> reportSession(@RequestBody SessionRequest request, Actor caller) {
        PlatformId platform = Callers.platform(caller);
        var check = new InputCheck();
        SubjectId operator = check.field("operatorId", () -> new SubjectId(request.operatorId()));
        List<SubjectId> hosts = hosts(check, request.hostIds(), platform);
        check.required("startedAt", request.startedAt());
        List<ListingToCheck> listings = listings(check, request.products(), platform);
        check.orThrow();
        if (!directory.isOn(operator, platform, SubjectRole.OPERATOR)) {
            throw new NotOnPlatform("No operator %s on platform %s".formatted(operator, platform));
        }
        pictures.of(operator).filter(p -> p.blacklist() != null && p.blacklist().active()).ifPresent(p -> {
            throw new LivestreamRuleViolated("operator %s is blacklisted until %s: its room may not broadcast"
                    .formatted(operator, p.blacklist().until()));
        });
        var products = new ArrayList<SessionProduct>();
        for (int i = 0; i < listings.size(); i++) {
            ListingToCheck listing = listings.get(i);
            ListingVerdict verdict = checks.verdictOn(caller, listing);
            products.add(new SessionProduct(listing.key().listingId(), listing.catalogueCode(), listing.model(),
                    listing.certificateNumberOrNull(), listing.merchant(), listing.price(), verdict.verdict(),
                    verdict.reasons()));
        }
        Instant now = clock.instant();
        String sessionId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReportSession(operator, sessionId, platform, hosts, request.startedAt(), products,
                ChinaTime.dayOf(now), now));
        return ResponseEntity.created(URI.create("/api/v1/livestream/subjects/" + operator.value()))
                .body(new SessionReported(sessionId, products.stream()
                        .map(p -> new ProductVerdict(p.listingId(), p.verdict(), p.reasons())).toList()));
    }

    private List<SubjectId> hosts(InputCheck check, List<String> hostIds, PlatformId platform) {
        if (hostIds == null || hostIds.isEmpty()) {
            check.problem("hostIds", "a session needs at least one host");
            return List.of();
        }
        var hosts = new ArrayList<SubjectId>();
        for (int i = 0; i < hostIds.size(); i++) {
            String raw = hostIds.get(i);
            SubjectId host = check.field("hostIds[%d]".formatted(i), () -> new SubjectId(raw));
            if (host != null && !directory.isOn(host, platform, SubjectRole.HOST)) {
                check.problem("hostIds[%d]".formatted(i), "no host %s on your platform".formatted(host));
            } else if (host != null) {
                hosts.add(host);
            }
        }
        return hosts;
    }

    private static List<ListingToCheck> listings(InputCheck check, List<SessionRequest.ProductBody> products,
                                                 PlatformId platform) {
        var listings = new ArrayList<ListingToCheck>();
        if (products == null) {
            return listings;
        }
        if (products.size() > Bounds.ITEMS) {
            check.problem("products", "at most %d products a session".formatted(Bounds.ITEMS));
            return listings;
        }
        for (int i = 0; i < products.size(); i++) {
            var product = products.get(i);
            if (product == null) {
                check.problem("products[%d]".formatted(i), "is required");
            } else {
                ListingToCheck listing = product.toListing(platform, check, "products[%d].".formatted(i));
                if (listing != null) {
                    listings.add(listing);
                }
            }
        }
        return listings;
    }
}
