package io.tianping.verification.web;

import io.tianping.sharedkernel.Actor;
import io.tianping.verification.projection.CertificateSearchIndex;
import io.tianping.verification.projection.CertificateSearchProjection;
import io.tianping.verification.projection.CertificateSearchRebuild;
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

    private final CertificateSearchRebuild rebuild;
    private final CertificateSearchIndex index;

    AdminSearchController(CertificateSearchRebuild rebuild, CertificateSearchIndex index) {
        this.rebuild = rebuild;
        this.index = index;
    }

    /** The rebuild started: {@code status} is {@code REBUILDING} until the processor has replayed every event. */
    record CertificateIndexRebuild(String processor, String status) { }

    /** How many certificates the index holds, and whether it is being rebuilt. */
    record CertificateIndexState(String processor, long documents, boolean replaying) { }

    @GetMapping
    CertificateIndexState findCertificateIndexState() {
        return new CertificateIndexState(CertificateSearchProjection.GROUP, index.count(), rebuild.replaying());
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CertificateIndexRebuild rebuildCertificateIndex(Actor admin) {
        if (!rebuild.start("asked by " + admin.id())) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "No pooled streaming processor " + CertificateSearchProjection.GROUP + " runs in this application");
        }
        return new CertificateIndexRebuild(CertificateSearchProjection.GROUP, "REBUILDING");
    }
}
