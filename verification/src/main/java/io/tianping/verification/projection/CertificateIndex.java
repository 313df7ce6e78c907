package io.tianping.verification.projection;

import io.tianping.verification.api.CertificateEvent.CertificateIssued;
import io.tianping.verification.api.CertificateEvent.ModelRecalled;
import io.tianping.verification.api.CertificateEvent.StatusChanged;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateSnapshot;
import io.tianping.verification.api.CurrentCertificates;
import io.tianping.verification.api.ListingEvent.ListingBound;
import io.tianping.verification.api.ListingKey;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.verification.api.MerchantEvent.MerchantBlocked;
import io.tianping.verification.api.MerchantEvent.MerchantUnblocked;
import io.tianping.sharedkernel.Money;
import io.tianping.verification.api.InterceptReason;
import io.tianping.verification.api.ListingEvent.ListingIntercepted;
import io.tianping.verification.api.ListingEvent.ListingReleased;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Every certificate, listing binding and blocked merchant in memory: the listing-check path reads only this, never the
 * database or Elasticsearch. Filled and kept current from the event store, in its order, by
 * {@link CertificateIndexFeed}; each node has its own and follows the others' writes.
 */
@Component
public class CertificateIndex implements CurrentCertificates {

    /** The subscribing processor that tells the feed of this node's commits ({@link CertificateIndexUpdates}). */
    public static final String GROUP = "verification-certificate-index";

    private final ConcurrentHashMap<CertificateNumber, CertificateSnapshot> certificates = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ListingKey, Binding> bindings = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ListingKey, Set<InterceptReason>> listingHolds = new ConcurrentHashMap<>();
    private final Set<CreditCode> blockedMerchants = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<CertificateNumber, List<String>> recalledModels = new ConcurrentHashMap<>();

    /** The certificate, or null when no certificate has that number. */
    public CertificateSnapshot certificate(CertificateNumber number) {
        return certificates.get(number);
    }

    /** The certificate and price a listing last passed with. */
    public record Binding(CertificateNumber certificate, Money price) { }

    /** What the listing last passed with, or null. */
    public Binding binding(ListingKey listing) {
        return bindings.get(listing);
    }

    /**
     * The reasons other modules hold this listing or its merchant off sale, whatever the certificate says; empty for
     * nearly every check, and then without allocating.
     */
    public List<InterceptReason> holds(ListingKey listing, CreditCode merchant) {
        Set<InterceptReason> held = listingHolds.isEmpty() ? null : listingHolds.get(listing);
        boolean blocked = isBlocked(merchant);
        if (held == null && !blocked) {
            return List.of();
        }
        var holds = new ArrayList<InterceptReason>(2);
        if (blocked) {
            holds.add(InterceptReason.MERCHANT_LISTED);
        }
        if (held != null) {
            holds.addAll(held);
        }
        return holds;
    }

    /** The models recalled under this certificate; empty for nearly every certificate, without allocating. */
    public List<String> recalledModels(CertificateNumber number) {
        return recalledModels.isEmpty() ? List.of() : recalledModels.getOrDefault(number, List.of());
    }

    /** Whether the merchant is on enforcement's list, so its listings are intercepted. */
    public boolean isBlocked(CreditCode merchant) {
        return !blockedMerchants.isEmpty() && blockedMerchants.contains(merchant);
    }

    @Override
    public Optional<CertificateSnapshot> current(CertificateNumber number) {
        return Optional.ofNullable(certificates.get(number));
    }

    public int size() {
        return certificates.size();
    }

    void apply(Object event) {
        switch (event) {
            case CertificateIssued issued -> certificates.put(issued.number(), new CertificateSnapshot(issued.number(),
                    io.tianping.verification.api.CertificateStatus.VALID, issued.holder().creditCode(),
                    issued.manufacturer().creditCode(), issued.catalogueCode(), issued.models(), issued.validUntil()));
            case StatusChanged changed -> certificates.computeIfPresent(changed.number(), (number, known) ->
                    new CertificateSnapshot(number, changed.status(), known.holder(), known.manufacturer(),
                            known.catalogueCode(), known.models(), known.validUntil()));
            case ListingBound bound -> bindings.put(bound.key(), new Binding(bound.certificateNumber(), bound.price()));
            case ListingIntercepted held -> listingHolds.compute(held.key(), (key, reasons) -> {
                var updated = reasons == null ? EnumSet.noneOf(InterceptReason.class) : EnumSet.copyOf(reasons);
                updated.add(held.reason());
                return updated;
            });
            case ListingReleased released -> listingHolds.computeIfPresent(released.key(), (key, reasons) -> {
                var updated = EnumSet.copyOf(reasons);
                updated.remove(released.reason());
                return updated.isEmpty() ? null : updated;
            });
            case ModelRecalled recalled -> recalledModels.merge(recalled.number(), List.of(recalled.model()), (known, added) -> {
                var models = new ArrayList<>(known);
                models.addAll(added);
                return List.copyOf(models);
            });
            case MerchantBlocked blocked -> blockedMerchants.add(blocked.id().creditCode());
            case MerchantUnblocked unblocked -> blockedMerchants.remove(unblocked.id().creditCode());
            default -> { }
        }
    }
}
