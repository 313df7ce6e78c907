package io.tianping.verification.check;

import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.Actor;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateSnapshot;
import io.tianping.verification.api.ListingCommand.BindListing;
import io.tianping.verification.api.ListingChecks;
import io.tianping.verification.api.ListingToCheck;
import io.tianping.verification.api.InterceptReason;
import io.tianping.verification.api.ListingVerdict;
import io.tianping.verification.domain.ListingVerdictPolicy;
import io.tianping.verification.projection.CertificateIndex;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The 7×24 listing check: judges listings against the in-memory {@link CertificateIndex} with the
 * {@link ListingVerdictPolicy}, binds each listing that passed to its certificate (durably, through the event store,
 * only when the binding is new), and hands the check to the {@link ListingCheckLog} off the path.
 */
@Component
public class ListingChecker implements ListingChecks {

    /** Certificates are valid by the calendar date in China, whatever the server's zone. */
    static final ZoneId CHINA = ChinaTime.ZONE;

    private final CertificateIndex index;
    private final ListingVerdictPolicy policy = new ListingVerdictPolicy();
    private final CommandGateway commands;
    private final ListingCheckLog checkLog;
    private final CheckMetrics metrics;
    private final Clock clock;

    ListingChecker(CertificateIndex index, CommandGateway commands, ListingCheckLog checkLog, CheckMetrics metrics,
                   Clock clock) {
        this.index = index;
        this.commands = commands;
        this.checkLog = checkLog;
        this.metrics = metrics;
        this.clock = clock;
    }

    private static boolean isNewBinding(CertificateIndex.Binding known, CertificateNumber number, ListingToCheck listing) {
        return known == null || !known.certificate().equals(number) || !listing.price().equals(known.price());
    }

    /** Other modules' holds on the listing or merchant, and RECALLED when its model is recalled under its certificate. */
    private List<InterceptReason> holds(ListingToCheck listing, CertificateNumber number) {
        List<InterceptReason> holds = index.holds(listing.key(), listing.merchant().creditCode());
        if (number == null || !ListingVerdictPolicy.covers(index.recalledModels(number), listing.model())) {
            return holds;
        }
        var withRecall = new ArrayList<>(holds);
        withRecall.add(InterceptReason.RECALLED);
        return withRecall;
    }

    public CheckResult check(Actor platform, ListingToCheck listing) {
        return checkAll(platform, List.of(listing)).getFirst();
    }

    @Override
    public ListingVerdict verdictOn(Actor platform, ListingToCheck listing) {
        return check(platform, listing).verdict();
    }

    /** Checks every listing, in order; returns once every new binding is stored. */
    public List<CheckResult> checkAll(Actor platform, List<ListingToCheck> listings) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CHINA);
        var results = new ArrayList<CheckResult>(listings.size());
        var bindings = new ArrayList<CompletableFuture<?>>();
        for (ListingToCheck listing : listings) {
            CertificateNumber number = listing.certificateNumberOrNull();
            CertificateSnapshot certificate = number == null ? null : index.certificate(number);
            ListingVerdict verdict = policy.judge(listing, certificate, holds(listing, number), today);
            if (verdict.passed() && isNewBinding(index.binding(listing.key()), number, listing)) {
                bindings.add(commands.send(new BindListing(listing.key(), number, listing.merchant(),
                        listing.catalogueCode(), listing.model(), now, listing.price())));
            }
            var result = new CheckResult(listing, verdict, certificate, today, now);
            results.add(result);
            checkLog.record(platform, result);
            metrics.count(listing.key().platform(), verdict);
        }
        CompletableFuture.allOf(bindings.toArray(CompletableFuture[]::new)).join();
        return results;
    }
}
