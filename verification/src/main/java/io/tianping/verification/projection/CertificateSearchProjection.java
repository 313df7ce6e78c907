package io.tianping.verification.projection;

import io.tianping.sharedkernel.ChinaTime;
import io.tianping.verification.api.CertificateEvent.CertificateIssued;
import io.tianping.verification.api.CertificateEvent.StatusChanged;
import io.tianping.verification.api.CertificateQuery.CertificatePage;
import io.tianping.verification.api.CertificateQuery.SearchCertificates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Index {@code certificates} in Elasticsearch: full-text search over certificates. Idempotent and replayable: each
 * document's external version is the aggregate sequence number of the last event applied, so Elasticsearch itself
 * refuses an event that is already in. A batch's documents go in bulk as it commits ({@link CertificateSearchWrites}).
 * Errors reaching Elasticsearch propagate ({@link CertificateSearchProcessing}), so the processor retries the batch and
 * an outage delays updates without losing any.
 */
@Component
@ProcessingGroup(CertificateSearchProjection.GROUP)
public class CertificateSearchProjection {

    public static final String GROUP = "verification-certificate-search";
    static final ZoneId CHINA = ChinaTime.ZONE;

    private static final Logger log = LoggerFactory.getLogger(CertificateSearchProjection.class);

    private final CertificateSearchIndex index;
    private final Clock clock;

    CertificateSearchProjection(CertificateSearchIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    @EventHandler
    void on(CertificateIssued e, @SequenceNumber long sequence, @Timestamp Instant at) {
        CertificateSearchWrites.of(index).put(CertificateSearchDocument.issued(e, at), sequence);
    }

    // No scripted update (the embedded node has no painless): read the document, write it back one version higher.
    @EventHandler
    void on(StatusChanged e, @SequenceNumber long sequence, @Timestamp Instant at) {
        var writes = CertificateSearchWrites.of(index);
        var stored = writes.pending(e.number()).or(() -> index.find(e.number()));
        if (stored.isEmpty()) {
            // events of one certificate arrive in order, so only a hand-deleted index gets here; a rebuild repairs it
            log.warn("Certificate {} is not in index {}; {} at sequence {} skipped", e.number(),
                    CertificateSearchIndex.NAME, e.getClass().getSimpleName(), sequence);
            return;
        }
        if (stored.get().version() < sequence) {
            writes.put(stored.get().document().changed(e, at), sequence);
        }
    }

    @ResetHandler
    void reset() {
        index.recreate();
    }

    @QueryHandler
    CertificatePage handle(SearchCertificates query) {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        var hits = index.search(CertificateSearchRequest.of(query, today));
        return new CertificatePage(hits.documents().stream().map(document -> document.view(today)).toList(), hits.total());
    }
}
