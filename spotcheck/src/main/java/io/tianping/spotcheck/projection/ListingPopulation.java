package io.tianping.spotcheck.projection;

import io.tianping.verification.api.CertificateEvent.CertificateIssued;
import io.tianping.verification.api.CertificateEvent.StatusChanged;
import io.tianping.verification.api.ListingEvent.ListingBound;
import io.tianping.verification.api.ListingEvent.ListingIntercepted;
import io.tianping.verification.api.ListingEvent.ListingReleased;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The listings spot checks draw from, fed by verification's events: every listing that passed a check, at the price it
 * was offered for, with the producer its certificate names. Tables {@code spotcheck_listing}, {@code spotcheck_certificate}.
 */
@Component
@ProcessingGroup("spotcheck-listing-population")
class ListingPopulation {

    private final JdbcClient jdbc;

    ListingPopulation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ListingBound e, @Timestamp Instant at) {
        jdbc.sql("""
                insert into spotcheck_listing (platform, listing_id, catalogue_code, certificate_number, merchant_name,
                    merchant_credit_code, model, price, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (platform, listing_id) do update set catalogue_code = excluded.catalogue_code,
                    certificate_number = excluded.certificate_number, merchant_name = excluded.merchant_name,
                    merchant_credit_code = excluded.merchant_credit_code, model = excluded.model,
                    price = excluded.price, updated_at = excluded.updated_at""")
                .params(e.key().platform().value(), e.key().listingId(), e.catalogueCode().value(),
                        e.certificateNumber().value(), e.merchant().name(), e.merchant().creditCode().value(), e.model(),
                        e.price() == null ? null : e.price().amount(), java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(ListingIntercepted e) {
        held(e.key().platform().value(), e.key().listingId(), true);
    }

    @EventHandler
    void on(ListingReleased e) {
        held(e.key().platform().value(), e.key().listingId(), false);
    }

    @EventHandler
    void on(CertificateIssued e) {
        jdbc.sql("""
                insert into spotcheck_certificate (number, product_name, manufacturer_name, manufacturer_credit_code, status)
                values (?, ?, ?, ?, 'VALID') on conflict (number) do nothing""")
                .params(e.number().value(), e.productName(), e.manufacturer().name(), e.manufacturer().creditCode().value())
                .update();
    }

    @EventHandler
    void on(StatusChanged e) {
        jdbc.sql("update spotcheck_certificate set status = ? where number = ?")
                .params(e.status().name(), e.number().value())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from spotcheck_listing").update();
        jdbc.sql("delete from spotcheck_certificate").update();
    }

    private void held(String platform, String listingId, boolean held) {
        jdbc.sql("update spotcheck_listing set held = ? where platform = ? and listing_id = ?")
                .params(held, platform, listingId)
                .update();
    }
}
