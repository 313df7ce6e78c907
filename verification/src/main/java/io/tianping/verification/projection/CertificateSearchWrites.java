package io.tianping.verification.projection;

import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.projection.CertificateSearchIndex.Stored;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The documents a batch of events changed, written to Elasticsearch in one bulk request as the batch commits (before
 * its token is stored, so a failed write retries the batch). One request per batch instead of one per event: an index
 * request costs the node a translog fsync, and the import and replay rates were bound by that.
 */
final class CertificateSearchWrites {

    private static final String RESOURCE = CertificateSearchWrites.class.getName();

    private final Map<String, Stored> documents = new LinkedHashMap<>();
    private final CertificateSearchIndex index;
    private final boolean immediate;

    private CertificateSearchWrites(CertificateSearchIndex index, boolean immediate) {
        this.index = index;
        this.immediate = immediate;
    }

    /**
     * The writes of the current unit of work (the processor's batch), flushed when it prepares to commit; outside a
     * unit of work (a handler called directly), each write goes in at once.
     */
    static CertificateSearchWrites of(CertificateSearchIndex index) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new CertificateSearchWrites(index, true);
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(RESOURCE, key -> {
            var writes = new CertificateSearchWrites(index, false);
            batch.onPrepareCommit(unitOfWork -> writes.flush());
            return writes;
        });
    }

    /** The document as this batch left it, if it changed it. */
    Optional<Stored> pending(CertificateNumber number) {
        return Optional.ofNullable(documents.get(number.value()));
    }

    void put(CertificateSearchDocument document, long version) {
        if (immediate) {
            index.put(document, version);
            return;
        }
        documents.merge(document.number(), new Stored(document, version),
                (known, next) -> next.version() > known.version() ? next : known);
    }

    private void flush() {
        if (!documents.isEmpty()) {
            index.putAll(documents.values());
            documents.clear();
        }
    }
}
