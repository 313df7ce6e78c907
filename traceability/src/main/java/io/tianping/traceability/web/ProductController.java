package io.tianping.traceability.web;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.traceability.api.Gtin;
import io.tianping.traceability.api.ProductCommand.RegisterProduct;
import io.tianping.traceability.domain.RegisterOutcome;
import io.tianping.traceability.domain.TraceabilityRuleViolated;
import io.tianping.traceability.projection.CertificateStatuses;
import io.tianping.traceability.projection.ProductCatalogue;
import io.tianping.traceability.projection.ProductCatalogue.RegisteredProduct;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.CertificateView;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Manufacturers register their products (GTINs), each bound to the CCC certificate of its model. */
@RestController
@RequestMapping("/api/v1/traceability/products")
class ProductController {

    private final CommandGateway commands;
    private final CertificateStatuses certificates;
    private final ProductCatalogue products;
    private final Clock clock;

    ProductController(CommandGateway commands, CertificateStatuses certificates, ProductCatalogue products, Clock clock) {
        this.commands = commands;
        this.certificates = certificates;
        this.products = products;
        this.clock = clock;
    }

    /**
     * A registered product.
     *
     * @param outcome CREATED by this call, or UNCHANGED when it was registered before with the same content
     */
    record ProductResponse(String gtin, String name, String model, String certificateNumber, String productName,
                           String catalogueCode, Passport.ManufacturerView manufacturer, RegisterOutcome outcome) { }

    @PostMapping
    @ApiResponse(responseCode = "200", description = "Registered before with the same content: nothing changed (UNCHANGED)")
    ResponseEntity<ProductResponse> registerProduct(@RequestBody ProductRequest request, Actor caller) {
        CreditCode manufacturer = Callers.manufacturer(caller, "register products");
        var check = new InputCheck();
        Gtin gtin = check.field("gtin", () -> new Gtin(request.gtin()));
        CertificateNumber number = check.field("certificateNumber", () -> new CertificateNumber(request.certificateNumber()));
        String name = check.field("name", () -> text(request.name(), 200));
        String model = check.field("model", () -> text(request.model(), 100));
        check.orThrow();
        CertificateView certificate = certificates.find(number);
        if (certificate == null) {
            throw new TraceabilityRuleViolated("certificate %s does not exist".formatted(number));
        }
        if (!certificate.manufacturer().creditCode().equals(manufacturer)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "certificate %s names another manufacturer, not you (%s)".formatted(number, manufacturer));
        }
        if (!ModelCover.covers(certificate.models(), model)) {
            throw new TraceabilityRuleViolated("certificate %s does not cover model %s (it covers %s)"
                    .formatted(number, model, certificate.models()));
        }
        if (certificate.status() != CertificateStatus.VALID) {
            throw new TraceabilityRuleViolated("certificate %s is %s; only a VALID certificate can back a new product"
                    .formatted(number, certificate.status()));
        }
        RegisterOutcome outcome = commands.sendAndWait(new RegisterProduct(gtin, name, model, number,
                certificate.manufacturer(), certificate.catalogueCode(), certificate.productName(), clock.instant()));
        var answer = new ProductResponse(gtin.value(), name, model, number.value(), certificate.productName(),
                certificate.catalogueCode().value(), new Passport.ManufacturerView(certificate.manufacturer().name(),
                manufacturer.value()), outcome);
        return outcome == RegisterOutcome.CREATED
                ? ResponseEntity.created(URI.create("/api/v1/traceability/products/" + gtin.value())).body(answer)
                : ResponseEntity.ok(answer);
    }

    @GetMapping("/{gtin}")
    ProductResponse findProduct(@PathVariable String gtin) {
        var check = new InputCheck();
        Gtin parsed = check.field("gtin", () -> new Gtin(gtin));
        check.orThrow();
        RegisteredProduct product = products.find(parsed.value());
        if (product == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No product is registered with GTIN " + gtin);
        }
        return new ProductResponse(product.gtin().value(), product.name(), product.model(),
                product.certificateNumber().value(), product.productName(), product.catalogueCode().value(),
                new Passport.ManufacturerView(product.manufacturer().name(), product.manufacturer().creditCode().value()), null);
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        if (value.strip().length() > max) {
            throw new IllegalArgumentException("at most %d characters".formatted(max));
        }
        return value.strip();
    }
}
