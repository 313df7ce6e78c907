package io.tianping.traceability.web;

import io.tianping.traceability.gs1.DigitalLink;
import io.tianping.traceability.projection.CertificateStatuses;
import io.tianping.traceability.projection.CloneRegistry;
import io.tianping.traceability.projection.ItemIndex;
import io.tianping.traceability.projection.ItemIndex.ItemRecord;
import io.tianping.traceability.projection.ItemState;
import io.tianping.traceability.projection.ProductCatalogue;
import io.tianping.traceability.projection.ProductCatalogue.RegisteredProduct;
import io.tianping.traceability.projection.RecallBook;
import io.tianping.traceability.projection.RecallBook.RecallRecord;
import io.tianping.traceability.projection.SpotChecksOfModels;
import io.tianping.verification.api.CertificateView;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds a passport from memory only (products, items, recalls, clones, certificate statuses): the resolver's hot path. */
@Component
class PassportReader {

    private final ProductCatalogue products;
    private final ItemIndex items;
    private final RecallBook recalls;
    private final CloneRegistry clones;
    private final CertificateStatuses certificates;
    private final SpotChecksOfModels spotChecks;
    private final Clock clock;

    PassportReader(ProductCatalogue products, ItemIndex items, RecallBook recalls, CloneRegistry clones,
                   CertificateStatuses certificates, SpotChecksOfModels spotChecks, Clock clock) {
        this.products = products;
        this.items = items;
        this.recalls = recalls;
        this.clones = clones;
        this.certificates = certificates;
        this.spotChecks = spotChecks;
        this.clock = clock;
    }

    Passport read(DigitalLink link) {
        String gtin = link.gtinOrNull().value();
        String lot = link.lotOrNull();
        String serial = link.serialOrNull();
        RegisteredProduct product = products.find(gtin);
        if (product == null) {
            return new Passport(gtin, lot, serial, PassportState.NOT_REGISTERED, null, null, null, null, List.of(), null,
                    null, clock.instant());
        }
        ItemRecord item = serial == null ? null : items.find(gtin, serial);
        String itemLot = item != null && item.lot() != null ? item.lot() : lot;
        RecallRecord recall = recallOf(gtin, itemLot);
        CloneRegistry.Suspicion suspicion = serial == null ? null : clones.find(gtin, serial);
        PassportState state = state(serial, lot, item, recall, suspicion);
        CertificateView certificate = certificates.find(product.certificateNumber());
        return new Passport(gtin, itemLot, serial, state, item == null ? null : item.state().name(),
                new Passport.ProductView(product.name(), product.model(), product.productName(),
                        product.catalogueCode().value()),
                new Passport.ManufacturerView(product.manufacturer().name(), product.manufacturer().creditCode().value()),
                new Passport.CertificateStatusView(product.certificateNumber().value(),
                        certificate == null ? "NOT_FOUND" : certificate.status().name()),
                spotChecks.of(product.catalogueCode().value(), product.model()),
                recall == null ? null : new Passport.RecallNotice(recall.recallId().value(), recall.hazard(),
                        recall.remedy(), recall.announcedAt(), recall.orderedBy() != null),
                suspicion == null ? null : new Passport.CloneNotice(suspicion.reason().name(), suspicion.evidence(),
                        suspicion.at()),
                clock.instant());
    }

    private static PassportState state(String serial, String lot, ItemRecord item, RecallRecord recall,
                                       CloneRegistry.Suspicion suspicion) {
        if (serial != null && (item == null || (lot != null && item.lot() != null && !lot.equals(item.lot())))) {
            return PassportState.NOT_REGISTERED; // never commissioned, or under another lot than its own
        }
        if (suspicion != null) {
            return PassportState.CLONE_SUSPECTED;
        }
        if (recall != null) {
            return PassportState.RECALLED;
        }
        if (item != null && item.state() != ItemState.COMMISSIONED) {
            return PassportState.DECOMMISSIONED;
        }
        return PassportState.GENUINE;
    }

    private RecallRecord recallOf(String gtin, String lot) {
        for (RecallRecord recall : recalls.ofGtin(gtin)) {
            if (recall.covers(lot)) {
                return recall;
            }
        }
        return null;
    }
}
