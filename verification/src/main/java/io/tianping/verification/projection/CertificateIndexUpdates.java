package io.tianping.verification.projection;

import io.tianping.verification.api.CertificateEvent;
import io.tianping.verification.api.ListingEvent;
import io.tianping.verification.api.MerchantEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Tells the {@link CertificateIndexFeed} that this node committed index events, on a subscribing processor: once the
 * transaction has committed and before the writer is answered, so a check on this node sees the change at once (a
 * change that was rolled back is never seen). The feed then reads them from the store, in the store's order.
 */
@Component
@ProcessingGroup(CertificateIndex.GROUP)
class CertificateIndexUpdates {

    private static final String REGISTERED = CertificateIndexUpdates.class.getName() + ".registered";

    private final CertificateIndexFeed feed;

    CertificateIndexUpdates(CertificateIndexFeed feed) {
        this.feed = feed;
    }

    @EventHandler
    void on(CertificateEvent event) {
        readAfterCommit();
    }

    @EventHandler
    void on(ListingEvent event) {
        readAfterCommit();
    }

    @EventHandler
    void on(MerchantEvent event) {
        readAfterCommit();
    }

    /** Once per unit of work, however many of its events the index keeps. */
    private void readAfterCommit() {
        if (!CurrentUnitOfWork.isStarted()) {
            feed.committed();
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        root.getOrComputeResource(REGISTERED, key -> {
            root.afterCommit(unitOfWork -> feed.committed());
            return Boolean.TRUE;
        });
    }
}
