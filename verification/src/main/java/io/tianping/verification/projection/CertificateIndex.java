package io.tianping.verification.projection;

import io.tianping.verification.api.CertificateEvent.CertificateIssued;
import io.tianping.verification.api.CertificateEvent.StatusChanged;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateSnapshot;
import io.tianping.verification.api.ListingEvent.ListingBound;
import io.tianping.verification.api.ListingKey;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.verification.api.MerchantEvent.MerchantBlocked;
import io.tianping.verification.api.MerchantEvent.MerchantUnblocked;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Every certificate, listing binding and blocked merchant in memory: the listing-check path reads only this, never the database or
 * Elasticsearch. Kept current by a subscribing processor (changes apply right after their transaction commits, so a
 * check never sees a change that was rolled back) and filled from the event store at start
 * ({@link CertificateIndexLoader}).
 */
@Component
@ProcessingGroup(CertificateIndex.GROUP)
public class CertificateIndex {

    public static final String GROUP = "verification-certificate-index";

    private final ConcurrentHashMap<CertificateNumber, CertificateSnapshot> certificates = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ListingKey, CertificateNumber> bindings = new ConcurrentHashMap<>();
    private final Set<CreditCode> blockedMerchants = ConcurrentHashMap.newKeySet();

    /** The certificate, or null when no certificate has that number. */
    public CertificateSnapshot certificate(CertificateNumber number) {
        return certificates.get(number);
    }

    /** The certificate the listing last passed with, or null. */
    public CertificateNumber boundCertificate(ListingKey listing) {
        return bindings.get(listing);
    }

    /** Whether the merchant is on enforcement's list, so its listings are intercepted. */
    public boolean isBlocked(CreditCode merchant) {
        return !blockedMerchants.isEmpty() && blockedMerchants.contains(merchant);
    }

    public int size() {
        return certificates.size();
    }

    @EventHandler
    void on(CertificateIssued event) {
        afterCommit(() -> apply(event));
    }

    @EventHandler
    void on(StatusChanged event) {
        afterCommit(() -> apply(event));
    }

    @EventHandler
    void on(ListingBound event) {
        afterCommit(() -> apply(event));
    }

    @EventHandler
    void on(MerchantBlocked event) {
        afterCommit(() -> apply(event));
    }

    @EventHandler
    void on(MerchantUnblocked event) {
        afterCommit(() -> apply(event));
    }

    void apply(Object event) {
        switch (event) {
            case CertificateIssued issued -> certificates.put(issued.number(), new CertificateSnapshot(issued.number(),
                    io.tianping.verification.api.CertificateStatus.VALID, issued.holder().creditCode(),
                    issued.manufacturer().creditCode(), issued.catalogueCode(), issued.models(), issued.validUntil()));
            case StatusChanged changed -> certificates.computeIfPresent(changed.number(), (number, known) ->
                    new CertificateSnapshot(number, changed.status(), known.holder(), known.manufacturer(),
                            known.catalogueCode(), known.models(), known.validUntil()));
            case ListingBound bound -> bindings.put(bound.key(), bound.certificateNumber());
            case MerchantBlocked blocked -> blockedMerchants.add(blocked.id().creditCode());
            case MerchantUnblocked unblocked -> blockedMerchants.remove(unblocked.id().creditCode());
            default -> { }
        }
    }

    private static void afterCommit(Runnable change) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> change.run());
        } else {
            change.run();
        }
    }
}
