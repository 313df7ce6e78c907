package io.tianping.verification.web;

import io.tianping.searchsupport.SearchPages;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.tianping.sharedkernel.ChinaTime;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.verification.api.CertificateCommand;
import io.tianping.verification.api.CertificateCommand.CancelCertificate;
import io.tianping.verification.api.CertificateCommand.IssueCertificate;
import io.tianping.verification.api.CertificateCommand.ReinstateCertificate;
import io.tianping.verification.api.CertificateCommand.RevokeCertificate;
import io.tianping.verification.api.CertificateCommand.SuspendCertificate;
import io.tianping.verification.api.CertificateNumber;
import io.tianping.verification.api.CertificateQuery.CertificatePage;
import io.tianping.verification.api.CertificateQuery.FindCertificate;
import io.tianping.verification.api.CertificateQuery.SearchCertificates;
import io.tianping.verification.api.CertificateStatus;
import io.tianping.verification.api.CertificateView;
import io.tianping.verification.api.IssueOutcome;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Certificates: certification bodies issue and change their own; every authenticated caller reads. */
@RestController
@RequestMapping("/api/v1/certificates")
class CertificateController {

    private static final ZoneId CHINA = ChinaTime.ZONE;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    CertificateController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    /** What issuing answers: the certificate, its status, and whether this call created it. */
    record IssueCertificateResponse(CertificateNumber number, CertificateStatus status, IssueOutcome outcome) { }

    /** What a status change answers: the certificate and the status it has now. */
    record CertificateStatusResponse(CertificateNumber number, CertificateStatus status) { }

    @PostMapping
    @ApiResponse(responseCode = "200", description = "Issued before with the same content: nothing changed (UNCHANGED)")
    ResponseEntity<IssueCertificateResponse> issueCertificate(@RequestBody CertificateRequest request, Actor body) {
        IssueCertificate command = request.toCommand(body.organisation());
        requireOwnBody(body, command.number());
        IssueOutcome outcome = commands.sendAndWait(command);
        var answer = new IssueCertificateResponse(command.number(), CertificateStatus.VALID, outcome);
        return outcome == IssueOutcome.CREATED
                ? ResponseEntity.created(URI.create("/api/v1/certificates/" + command.number().value())).body(answer)
                : ResponseEntity.ok(answer);
    }

    @PostMapping("/{number}/suspension")
    CertificateStatusResponse suspendCertificate(@PathVariable String number, @RequestBody StatusChangeRequest request, Actor body) {
        CertificateNumber certificate = own(body, number);
        return changed(() -> new SuspendCertificate(certificate, request.reason(), effectiveOn(request)), CertificateStatus.SUSPENDED);
    }

    @PostMapping("/{number}/revocation")
    CertificateStatusResponse revokeCertificate(@PathVariable String number, @RequestBody StatusChangeRequest request, Actor body) {
        CertificateNumber certificate = own(body, number);
        return changed(() -> new RevokeCertificate(certificate, request.reason(), effectiveOn(request)), CertificateStatus.REVOKED);
    }

    @PostMapping("/{number}/cancellation")
    CertificateStatusResponse cancelCertificate(@PathVariable String number, @RequestBody StatusChangeRequest request, Actor body) {
        CertificateNumber certificate = own(body, number);
        return changed(() -> new CancelCertificate(certificate, request.reason(), effectiveOn(request)), CertificateStatus.CANCELLED);
    }

    @PostMapping("/{number}/reinstatement")
    CertificateStatusResponse reinstateCertificate(@PathVariable String number, @RequestBody StatusChangeRequest request, Actor body) {
        CertificateNumber certificate = own(body, number);
        return changed(() -> new ReinstateCertificate(certificate, request.reason(), effectiveOn(request)), CertificateStatus.VALID);
    }

    @GetMapping("/{number}")
    CertificateView findCertificate(@PathVariable String number) {
        CertificateNumber certificate = parse(number);
        Optional<CertificateView> view = queries.query(new FindCertificate(certificate),
                ResponseTypes.optionalInstanceOf(CertificateView.class)).join();
        return view.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No certificate " + number));
    }

    @GetMapping
    CertificatePage searchCertificates(@RequestParam(required = false) String q, @RequestParam(required = false) CertificateStatus status,
                           @RequestParam(required = false) String catalogueCode,
                           @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "" + SearchPages.MAX_PAGE, defaultValue = "0")) @RequestParam(defaultValue = "0") int page,
                           @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + SearchCertificates.MAX_SIZE, defaultValue = "20")) @RequestParam(defaultValue = "20") int size) {
        var check = new InputCheck();
        CatalogueCode code = catalogueCode == null ? null : check.field("catalogueCode", () -> new CatalogueCode(catalogueCode));
        SearchCertificates query = check.field("", () -> new SearchCertificates(q, status, code, page, size));
        check.orThrow();
        return queries.query(query, CertificatePage.class).join();
    }

    private CertificateStatusResponse changed(Supplier<CertificateCommand> request, CertificateStatus status) {
        var check = new InputCheck();
        CertificateCommand command = check.field("", request);
        check.orThrow();
        commands.sendAndWait(command);
        return new CertificateStatusResponse(command.number(), status);
    }

    private LocalDate effectiveOn(StatusChangeRequest request) {
        return request.effectiveOn() != null ? request.effectiveOn() : LocalDate.now(clock.withZone(CHINA));
    }

    private static CertificateNumber own(Actor body, String number) {
        CertificateNumber certificate = parse(number);
        requireOwnBody(body, certificate);
        return certificate;
    }

    private static CertificateNumber parse(String number) {
        var check = new InputCheck();
        CertificateNumber certificate = check.field("number", () -> new CertificateNumber(number));
        check.orThrow();
        return certificate;
    }

    /** A certification body issues and changes only certificates carrying its own body code. */
    static void requireOwnBody(Actor body, CertificateNumber number) {
        if (!number.bodyCode().equals(body.organisation())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Certificate %s carries body code %s; you are body %s".formatted(number, number.bodyCode(), body.organisation()));
        }
    }
}
