package io.tianping.verification.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the {@code certificates} index from the event store while the application serves: the processor stops,
 * its tokens reset (which recreates the index) and it replays from the first event. Administrators ask for it; the
 * application does it by itself at start when the index was built with an older mapping than this build writes, so
 * an upgrade never leaves search answering from fields that are no longer queried.
 */
@Component
public class CertificateSearchRebuild {

    private static final Logger log = LoggerFactory.getLogger(CertificateSearchRebuild.class);

    private final EventProcessingConfiguration processing;
    private final CertificateSearchIndex index;

    CertificateSearchRebuild(EventProcessingConfiguration processing, CertificateSearchIndex index) {
        this.processing = processing;
        this.index = index;
    }

    /** Starts a rebuild; false when no processor for the index runs in this application. */
    public synchronized boolean start(String reason) {
        var processor = processing.eventProcessor(CertificateSearchProjection.GROUP, PooledStreamingEventProcessor.class);
        if (processor.isEmpty()) {
            return false;
        }
        log.info("Rebuilding search index {} from the event store: {}", CertificateSearchIndex.NAME, reason);
        processor.get().shutDown();
        try {
            processor.get().resetTokens();
        } finally {
            processor.get().start(); // even when the reset failed: a stopped processor would leave search stale for good
        }
        return true;
    }

    public boolean replaying() {
        return processing.eventProcessor(CertificateSearchProjection.GROUP, PooledStreamingEventProcessor.class)
                .map(PooledStreamingEventProcessor::isReplaying).orElse(false);
    }

    /** At start: rebuilds the index when it was built with an older mapping than {@link CertificateSearchMapping#VERSION}. */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuildIfOutdated() {
        try {
            index.mappingVersion().filter(version -> version < CertificateSearchMapping.VERSION).ifPresent(version ->
                    start("it was built with mapping version %d, this build writes version %d"
                            .formatted(version, CertificateSearchMapping.VERSION)));
        } catch (RuntimeException e) { // search unreachable: the index is checked again at the next start
            log.warn("Could not check the mapping of index {}: {}", CertificateSearchIndex.NAME, e.toString());
        }
    }
}
