package io.tianping.traceability.projection;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.traceability.api.Gtin;
import io.tianping.traceability.api.ProductEvent.ProductRegistered;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.Party;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every registered product: table {@code traceability_product}, written in the registering transaction (a subscribing
 * processor), and in memory for capture and the resolver (loaded from the table at start, then following what other
 * nodes store: {@link TableFollower}).
 */
@Component
@ProcessingGroup(ProductCatalogue.GROUP)
public class ProductCatalogue implements SmartInitializingSingleton {

    public static final String GROUP = "traceability-products";

    /** A registered product. */
    public record RegisteredProduct(Gtin gtin, String name, String model, CertificateNumber certificateNumber,
                                    Party manufacturer, CatalogueCode catalogueCode, String productName,
                                    Instant registeredAt) { }

    private final JdbcClient jdbc;
    private final ConcurrentHashMap<String, RegisteredProduct> byGtin = new ConcurrentHashMap<>();

    ProductCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The product registered with this GTIN (14 digits), or null. */
    public RegisteredProduct find(String gtin) {
        return byGtin.get(gtin);
    }

    public List<RegisteredProduct> ofManufacturer(CreditCode manufacturer) {
        return byGtin.values().stream().filter(p -> p.manufacturer().creditCode().equals(manufacturer))
                .sorted(java.util.Comparator.comparing(p -> p.gtin().value())).toList();
    }

    @EventHandler
    void on(ProductRegistered e) {
        jdbc.sql("""
                insert into traceability_product (gtin, name, model, certificate_number, manufacturer_name,
                    manufacturer_credit_code, catalogue_code, product_name, registered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (gtin) do nothing""")
                .params(e.gtin().value(), e.name(), e.model(), e.certificateNumber().value(), e.manufacturer().name(),
                        e.manufacturer().creditCode().value(), e.catalogueCode().value(), e.productName(),
                        Timestamp.from(e.at()))
                .update();
        var product = new RegisteredProduct(e.gtin(), e.name(), e.model(), e.certificateNumber(), e.manufacturer(),
                e.catalogueCode(), e.productName(), e.at());
        AfterCommit.run(() -> byGtin.put(e.gtin().value(), product));
    }

    @Override
    public void afterSingletonsInstantiated() {
        read("true");
    }

    /** Reads the products stored since {@code since} (database time): those other nodes registered. */
    void readStoredSince(Timestamp since) {
        read("stored_at > ?", since);
    }

    private void read(String condition, Object... parameters) {
        jdbc.sql("select * from traceability_product where " + condition).params(parameters).query((rs, row) -> new RegisteredProduct(
                        new Gtin(rs.getString("gtin")), rs.getString("name"), rs.getString("model"),
                        new CertificateNumber(rs.getString("certificate_number")),
                        new Party(rs.getString("manufacturer_name"), new CreditCode(rs.getString("manufacturer_credit_code"))),
                        new CatalogueCode(rs.getString("catalogue_code")), rs.getString("product_name"),
                        rs.getTimestamp("registered_at").toInstant()))
                .list().forEach(product -> byGtin.put(product.gtin().value(), product));
    }
}
