package io.tianping.traceability.projection;

import io.tianping.sharedkernel.AuditedAggregates;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.traceability.api.ItemId;
import java.util.Set;
import org.springframework.stereotype.Component;

/** An item's history (its clone suspicion) is read by the regulators of its manufacturer's region. */
@Component
class AuditedItems implements AuditedAggregates {

    private final ProductCatalogue products;

    AuditedItems(ProductCatalogue products) {
        this.products = products;
    }

    @Override
    public String type() {
        return "item";
    }

    @Override
    public Set<RegionCode> regionsOf(String aggregateId) {
        try {
            var product = products.find(ItemId.parse(aggregateId).gtin().value());
            return product == null ? Set.of() : Set.of(product.manufacturer().creditCode().registrationRegion());
        } catch (IllegalArgumentException notAnItem) {
            return Set.of();
        }
    }
}
