package io.tianping.traceability.domain;

import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.traceability.api.Gtin;
import io.tianping.traceability.api.ProductCommand.RegisterProduct;
import io.tianping.traceability.api.ProductEvent.ProductRegistered;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.Party;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductTest {

    static final Gtin GTIN = new Gtin("09520123456788");
    static final CertificateNumber CERTIFICATE = new CertificateNumber("2025010717000001");
    static final Party MAKER = new Party("浙江苏泊尔家电制造有限公司", new CreditCode("91330100716105852F"));
    static final Party OTHER = new Party("深圳某电器", new CreditCode("9144030071526726XG"));
    static final Instant AT = Instant.parse("2026-11-30T02:00:00Z");

    private AggregateTestFixture<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
    }

    static RegisterProduct register(Party maker, String model) {
        return new RegisterProduct(GTIN, "电热水壶 1.7L", model, CERTIFICATE, maker, new CatalogueCode("0717"), "电热水壶", AT);
    }

    static ProductRegistered registered() {
        return new ProductRegistered(GTIN, "电热水壶 1.7L", "SWF-17E", CERTIFICATE, MAKER, new CatalogueCode("0717"), "电热水壶", AT);
    }

    @Test
    void registersANewGtin() {
        fixture.givenNoPriorActivity().when(register(MAKER, "SWF-17E"))
                .expectEvents(registered()).expectResultMessagePayload(RegisterOutcome.CREATED);
    }

    @Test
    void registeringTheSameAgainChangesNothing() {
        fixture.given(registered()).when(register(MAKER, "SWF-17E"))
                .expectNoEvents().expectResultMessagePayload(RegisterOutcome.UNCHANGED);
    }

    @Test
    void refusesAGtinAnotherManufacturerRegistered() {
        fixture.given(registered()).when(register(OTHER, "SWF-17E"))
                .expectNoEvents().expectException(TraceabilityRuleViolated.class)
                .expectExceptionMessage("GTIN 09520123456788 is registered by another manufacturer");
    }

    @Test
    void refusesToRebindAGtinToAnotherModel() {
        fixture.given(registered()).when(register(MAKER, "SWF-15E"))
                .expectNoEvents().expectException(TraceabilityRuleViolated.class);
    }
}
