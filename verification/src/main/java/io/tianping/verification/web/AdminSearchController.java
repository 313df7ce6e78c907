package io.tianping.verification.web;

import io.tianping.sharedkernel.Actor;
import io.tianping.verification.projection.CertificateSearchIndex;
import io.tianping.verification.projection.CertificateSearchProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Administrators rebuild the certificate search index from the event store while the application keeps serving:
 * the processor stops, its tokens reset (which empties the index), and it replays from the first event.
 */
@RestController
@RequestMapping("/api/v1/admin/search/certificates")
class AdminSearchController {

    private static final Logger log = LoggerFactory.getLogger(AdminSearchController.class);
    private static final String GROUP = CertificateSearchProjection.GROUP;

    private final EventProcessingConfiguration processing;
    private final CertificateSearchIndex index;

    AdminSearchController(EventProcessingConfiguration processing, CertificateSearchIndex index) {
        this.processing = processing;
        this.index = index;
    }

    record Rebuild(String processor, String status) { }

    record IndexState(String processor, long documents, boolean replaying) { }

    @GetMapping
    IndexState state() {
        return new IndexState(GROUP, index.count(), processor().isReplaying());
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    synchronized Rebuild rebuild(Actor admin) {
        PooledStreamingEventProcessor processor = processor();
        log.info("{} rebuilds search index {} from the event store", admin.id(), CertificateSearchIndex.NAME);
        processor.shutDown();
        try {
            processor.resetTokens();
        } finally {
            processor.start(); // even when the reset failed: a stopped processor would leave search stale for good
        }
        return new Rebuild(GROUP, "REBUILDING");
    }

    private PooledStreamingEventProcessor processor() {
        return processing.eventProcessor(GROUP, PooledStreamingEventProcessor.class)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                        "No pooled streaming processor " + GROUP + " runs in this application"));
    }
}
