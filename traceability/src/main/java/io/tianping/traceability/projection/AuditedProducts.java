package io.tianping.traceability.projection;

import io.tianping.sharedkernel.AuditedAggregates;
import io.tianping.sharedkernel.RegionCode;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A product's history is read by the regulators of the region its manufacturer is registered in. */
@Component
class AuditedProducts implements AuditedAggregates {

    private final ProductCatalogue products;

    AuditedProducts(ProductCatalogue products) {
        this.products = products;
    }

    @Override
    public String type() {
        return "product";
    }

    @Override
    public Set<RegionCode> regionsOf(String aggregateId) {
        var product = products.find(aggregateId);
        return product == null ? Set.of() : Set.of(product.manufacturer().creditCode().registrationRegion());
    }
}
