package io.tianping.traceability.api;

import static io.tianping.sharedkernel.Fields.text;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.Party;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What a manufacturer can do to one of its products (a GTIN). */
public sealed interface ProductCommand {

    Gtin gtin();

    /**
     * Register a GTIN as the manufacturer's product bound to a CCC certificate that covers its model and names the
     * manufacturer (checked against verification before this is sent). Repeating it with the same content changes nothing.
     *
     * @param productName the product name as the certificate states it (电热水壶)
     */
    record RegisterProduct(@TargetAggregateIdentifier Gtin gtin, String name, String model,
                           CertificateNumber certificateNumber, Party manufacturer, CatalogueCode catalogueCode,
                           String productName, Instant at) implements ProductCommand {

        public RegisterProduct {
            if (gtin == null || certificateNumber == null || manufacturer == null || catalogueCode == null || at == null) {
                throw new IllegalArgumentException("gtin, certificateNumber, manufacturer, catalogueCode and at: must not be null");
            }
            name = text("name", name);
            model = text("model", model);
            productName = text("productName", productName);
        }
    }
}
