package io.tianping.verification.api;

import java.util.Optional;

/**
 * A certificate as this node's listing checks know it at this moment, in memory (traceability's passports show the
 * same status a check would use): current on the node that changed it before the change's 2xx, and on every other node
 * within {@code tianping.verification.index-follow}.
 */
public interface CurrentCertificates {

    /** The certificate, or empty when none has that number. */
    Optional<CertificateSnapshot> current(CertificateNumber number);
}
