package io.tianping.traceability.projection;

import io.tianping.sharedkernel.ChinaTime;
import io.tianping.verification.api.CertificateEvent.StatusChanged;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateQuery.FindCertificate;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.CertificateView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The live status of the certificates registered products name: asked of verification once (its {@code FindCertificate}
 * query), then kept current by verification's own status events on a subscribing processor, so a suspension shows on the
 * next scan, within milliseconds of its commit. An entry is asked again after {@link #REFRESH}, in case the first answer
 * came from a read model that had not yet seen a change.
 */
@Component
@ProcessingGroup(CertificateStatuses.GROUP)
public class CertificateStatuses {

    public static final String GROUP = "traceability-certificates";
    static final Duration REFRESH = Duration.ofMinutes(1);

    private record Known(CertificateView view, Instant askedAt) { }

    private final QueryGateway queries;
    private final Clock clock;
    private final ConcurrentHashMap<CertificateNumber, Known> known = new ConcurrentHashMap<>();

    CertificateStatuses(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The certificate with its status today (EXPIRED past its date), or null when verification knows none. */
    public CertificateView find(CertificateNumber number) {
        Instant now = clock.instant();
        Known entry = known.get(number);
        if (entry == null || entry.askedAt().plus(REFRESH).isBefore(now)) {
            Optional<CertificateView> view = queries.query(new FindCertificate(number),
                    ResponseTypes.optionalInstanceOf(CertificateView.class)).join();
            if (view.isEmpty()) {
                return null;
            }
            Known fresh = new Known(view.get(), now);
            entry = known.merge(number, fresh, (old, asked) -> old.askedAt().isAfter(asked.askedAt()) ? old : asked);
        }
        return entry.view().asOf(ChinaTime.today(clock));
    }

    @EventHandler
    void on(StatusChanged event) {
        AfterCommit.run(() -> known.computeIfPresent(event.number(), (number, entry) ->
                new Known(withStatus(entry.view(), event.status(), event.reason()), clock.instant())));
    }

    private static CertificateView withStatus(CertificateView v, CertificateStatus status, String reason) {
        return new CertificateView(v.number(), status, v.holder(), v.manufacturer(), v.factory(), v.productName(),
                v.catalogueCode(), v.models(), v.standards(), v.issuedOn(), v.validUntil(), v.issuingBody(), reason,
                v.statusChangedAt());
    }
}
