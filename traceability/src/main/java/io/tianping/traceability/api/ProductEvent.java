package io.tianping.traceability.api;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.Party;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** What happened to a product (a GTIN). Stored in the event store: never rename or move one without an upcaster. */
public sealed interface ProductEvent {

    Gtin gtin();

    /** A manufacturer registered a GTIN, bound to the CCC certificate of its model. */
    @Revision("1")
    record ProductRegistered(Gtin gtin, String name, String model, CertificateNumber certificateNumber,
                             Party manufacturer, CatalogueCode catalogueCode, String productName, Instant at)
            implements ProductEvent {
    }
}
