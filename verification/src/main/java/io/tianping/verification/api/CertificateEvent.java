package io.tianping.verification.api;

import io.tianping.sharedkernel.CatalogueCode;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * What happened to a CCC certificate. Stored in the event store: never rename or move one without an upcaster.
 */
public sealed interface CertificateEvent {

    CertificateNumber number();

    /** A certification body issued a certificate; it is VALID from {@code issuedOn} to {@code validUntil} inclusive. */
    @Revision("1")
    record CertificateIssued(CertificateNumber number, Party holder, Party manufacturer, Factory factory,
                             String productName, CatalogueCode catalogueCode, List<String> models,
                             List<String> standards, LocalDate issuedOn, LocalDate validUntil, String issuingBody)
            implements CertificateEvent {
    }

    /**
     * The certificate's status changed; {@link #status()} is the status it now has, so a reaction can treat every
     * departure from VALID alike ({@code event.status() != VALID}).
     */
    sealed interface StatusChanged extends CertificateEvent {

        /** The status the certificate has after this event. */
        CertificateStatus status();

        String reason();

        LocalDate effectiveOn();
    }

    /** A valid certificate was suspended (暂停): listings bound to it must come down until it is reinstated. */
    @Revision("1")
    record CertificateSuspended(CertificateNumber number, String reason, LocalDate effectiveOn) implements StatusChanged {
        @Override
        public CertificateStatus status() {
            return CertificateStatus.SUSPENDED;
        }
    }

    /** The certificate was revoked (撤销), from VALID or SUSPENDED. Final. */
    @Revision("1")
    record CertificateRevoked(CertificateNumber number, String reason, LocalDate effectiveOn) implements StatusChanged {
        @Override
        public CertificateStatus status() {
            return CertificateStatus.REVOKED;
        }
    }

    /** The certificate was cancelled (注销), from VALID or SUSPENDED. Final. */
    @Revision("1")
    record CertificateCancelled(CertificateNumber number, String reason, LocalDate effectiveOn) implements StatusChanged {
        @Override
        public CertificateStatus status() {
            return CertificateStatus.CANCELLED;
        }
    }

    /** A suspended certificate is VALID again. */
    @Revision("1")
    record CertificateReinstated(CertificateNumber number, String reason, LocalDate effectiveOn) implements StatusChanged {
        @Override
        public CertificateStatus status() {
            return CertificateStatus.VALID;
        }
    }

    /** A model is recalled under this certificate: its listings are intercepted with RECALLED and taken down. */
    @Revision("1")
    record ModelRecalled(CertificateNumber number, String model, String recallId, java.time.Instant at)
            implements CertificateEvent {
    }
}
