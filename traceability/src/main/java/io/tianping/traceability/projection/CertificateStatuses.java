package io.tianping.traceability.projection;

import io.tianping.sharedkernel.ChinaTime;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateSnapshot;
import io.tianping.verification.api.CertificateQuery.FindCertificate;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.CertificateView;
import io.tianping.verification.api.CurrentCertificates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The certificates registered products name, with their live status: the certificate's details are asked of
 * verification once (its {@code FindCertificate} query) and again after {@link #REFRESH}; its status is the one this
 * node's listing checks use at this moment ({@link CurrentCertificates}, in memory), so a suspension shows on the next
 * scan on every node, as soon as a listing check would intercept.
 */
@Component
public class CertificateStatuses {

    static final Duration REFRESH = Duration.ofMinutes(1);

    private record Known(CertificateView view, Instant askedAt) { }

    private final QueryGateway queries;
    private final CurrentCertificates current;
    private final Clock clock;
    private final ConcurrentHashMap<CertificateNumber, Known> known = new ConcurrentHashMap<>();

    CertificateStatuses(QueryGateway queries, CurrentCertificates current, Clock clock) {
        this.queries = queries;
        this.current = current;
        this.clock = clock;
    }

    /** The certificate with its status today (EXPIRED past its date), or null when verification knows none. */
    public CertificateView find(CertificateNumber number) {
        Instant now = clock.instant();
        Known entry = known.get(number);
        CertificateStatus status = current.current(number).map(CertificateSnapshot::status).orElse(null);
        if (entry == null || entry.askedAt().plus(REFRESH).isBefore(now)
                || (status != null && status != entry.view().status())) {
            Optional<CertificateView> view = queries.query(new FindCertificate(number),
                    ResponseTypes.optionalInstanceOf(CertificateView.class)).join();
            if (view.isEmpty()) {
                return null;
            }
            Known fresh = new Known(view.get(), now);
            entry = known.merge(number, fresh, (old, asked) -> old.askedAt().isAfter(asked.askedAt()) ? old : asked);
        }
        CertificateView view = entry.view();
        if (status != null && status != view.status()) { // the read model has not applied the change yet
            view = withStatus(view, status);
        }
        return view.asOf(ChinaTime.today(clock));
    }

    private static CertificateView withStatus(CertificateView v, CertificateStatus status) {
        return new CertificateView(v.number(), status, v.holder(), v.manufacturer(), v.factory(), v.productName(),
                v.catalogueCode(), v.models(), v.standards(), v.issuedOn(), v.validUntil(), v.issuingBody(), null,
                v.statusChangedAt());
    }
}
