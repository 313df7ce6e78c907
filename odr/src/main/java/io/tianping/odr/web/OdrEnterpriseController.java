package io.tianping.odr.web;

import io.tianping.odr.api.EnterpriseStatus;
import io.tianping.odr.api.OdrEnterpriseCommand;
import io.tianping.odr.api.OdrEnterpriseCommand.ApplyForOdr;
import io.tianping.odr.api.OdrEnterpriseCommand.ApproveOdrEnterprise;
import io.tianping.odr.api.OdrEnterpriseCommand.ExitOdrEnterprise;
import io.tianping.odr.api.OdrEnterpriseCommand.WarnOdrEnterprise;
import io.tianping.odr.api.OdrEnterpriseId;
import io.tianping.odr.api.OdrEnterpriseStep;
import io.tianping.odr.projection.EnterpriseView;
import io.tianping.odr.projection.OdrEnterprisesProjection;
import io.tianping.odr.projection.Performance;
import io.tianping.odr.projection.Scorecard;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.Bounds;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
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

/**
 * ODR enterprises: an enterprise applies; the bureau of its region (or one above) approves, warns and exits it; the
 * public lists who is enrolled and since when.
 */
@RestController
@RequestMapping("/api/v1/odr/enterprises")
class OdrEnterpriseController {

    private final CommandGateway commands;
    private final OdrEnterprisesProjection enterprises;
    private final Performance performance;
    private final Clock clock;

    OdrEnterpriseController(CommandGateway commands, OdrEnterprisesProjection enterprises, Performance performance, Clock clock) {
        this.commands = commands;
        this.enterprises = enterprises;
        this.performance = performance;
        this.clock = clock;
    }

    /**
     * An application for ODR.
     *
     * @param name       the enterprise's name
     * @param creditCode its unified social credit code: must be the calling enterprise's own
     * @param address    the place where complaints are handled
     * @param contact    a contact for consumers and the bureau
     * @param staff      who handles complaints
     * @param procedures its written complaint procedures
     * @param commitment the prompt-handling commitment: must be true
     */
    record OdrApplicationRequest(String name, String creditCode, String address, String contact, String staff,
                                 @Size(max = Bounds.TEXT) String procedures, Boolean commitment) { }

    /** Why an enterprise is warned or exited. */
    record OdrReasonRequest(@Size(max = Bounds.TEXT) String reason) { }

    /**
     * An enterprise on the public list.
     *
     * @param creditCode  its credit code
     * @param name        its name
     * @param region      its region
     * @param status      ACTIVE or WARNED
     * @param activeSince when it was approved
     */
    record PublicOdrEnterprise(CreditCode creditCode, String name, RegionCode region, EnterpriseStatus status,
                               java.time.Instant activeSince) { }

    /** The public list of ODR enterprises. */
    record OdrEnterpriseList(List<PublicOdrEnterprise> items) { }

    @PostMapping
    ResponseEntity<OdrEnterpriseStep> applyForOdr(@RequestBody OdrApplicationRequest request, Actor enterprise) {
        OdrGate.require(enterprise, Role.ENTERPRISE, "apply for ODR");
        var check = new InputCheck();
        CreditCode code = check.field("creditCode", () -> new CreditCode(request.creditCode()));
        check.orThrow();
        if (!code.value().equals(enterprise.organisation())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "An enterprise applies for itself; you are " + enterprise.organisation());
        }
        Fields.required(check, "name", request.name());
        Fields.required(check, "address", request.address());
        Fields.required(check, "contact", request.contact());
        Fields.required(check, "staff", request.staff());
        Fields.required(check, "procedures", request.procedures());
        check.orThrow();
        var command = check.field("", () -> new ApplyForOdr(OdrEnterpriseId.of(code), request.name(), request.address(),
                request.contact(), request.staff(), request.procedures(), Boolean.TRUE.equals(request.commitment()), clock.instant()));
        check.orThrow();
        commands.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/v1/odr/enterprises/" + code.value()))
                .body(new OdrEnterpriseStep(code, EnterpriseStatus.APPLIED, code.registrationRegion()));
    }

    @PostMapping("/{creditCode}/approval")
    OdrEnterpriseStep approveOdrEnterprise(@PathVariable String creditCode, Actor regulator) {
        return supervise(creditCode, regulator, "approve an ODR enterprise", id -> new ApproveOdrEnterprise(id, clock.instant()));
    }

    @PostMapping("/{creditCode}/warning")
    OdrEnterpriseStep warnOdrEnterprise(@PathVariable String creditCode, @RequestBody OdrReasonRequest request, Actor regulator) {
        return supervise(creditCode, regulator, "warn an ODR enterprise", id -> new WarnOdrEnterprise(id, request.reason(), clock.instant()));
    }

    @PostMapping("/{creditCode}/exit")
    OdrEnterpriseStep exitOdrEnterprise(@PathVariable String creditCode, @RequestBody OdrReasonRequest request, Actor regulator) {
        return supervise(creditCode, regulator, "exit an ODR enterprise", id -> new ExitOdrEnterprise(id, request.reason(), clock.instant()));
    }

    /** The public list (no credentials needed): enrolled enterprises of a region and since when; exited ones leave it. */
    @GetMapping
    OdrEnterpriseList listOdrEnterprises(@RequestParam(required = false) String region,
                                         @RequestParam(required = false) String status) {
        var check = new InputCheck();
        RegionCode within = region == null ? RegionCode.COUNTRY : check.field("region", () -> new RegionCode(region));
        EnterpriseStatus only = status == null ? null : check.field("status", () -> publicStatus(status));
        check.orThrow();
        return new OdrEnterpriseList(enterprises.enrolledIn(within, only).stream()
                .map(e -> new PublicOdrEnterprise(e.creditCode(), e.name(), e.region(), e.status(), e.activeSince())).toList());
    }

    /** One enterprise's enrolment: the enterprise itself, regulators of its region and auditors. */
    @GetMapping("/{creditCode}")
    EnterpriseView findOdrEnterprise(@PathVariable String creditCode, Actor reader) {
        CreditCode code = parse(creditCode);
        return enterprises.find(code).filter(e -> mayRead(reader, e.creditCode(), e.region()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No ODR enterprise " + code));
    }

    /** The enterprise's scorecard over complaints received in [from, to] (default: the 365 days up to today). */
    @GetMapping("/{creditCode}/scorecard")
    Scorecard findOdrScorecard(@PathVariable String creditCode, @RequestParam(required = false) LocalDate from,
                               @RequestParam(required = false) LocalDate to, Actor reader) {
        CreditCode code = parse(creditCode);
        LocalDate last = to == null ? ChinaTime.today(clock) : to;
        LocalDate first = from == null ? last.minusDays(365) : from;
        if (first.isAfter(last)) {
            throw new io.tianping.sharedkernel.InvalidInput("from", "must not be after to (" + last + ")");
        }
        return enterprises.find(code).filter(e -> mayRead(reader, e.creditCode(), e.region()))
                .flatMap(e -> performance.scorecard(code, first, last))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No ODR enterprise " + code));
    }

    private OdrEnterpriseStep supervise(String creditCode, Actor regulator, String what,
                                        Function<OdrEnterpriseId, OdrEnterpriseCommand> command) {
        CreditCode code = parse(creditCode);
        OdrGate.require(regulator, Role.REGULATOR, what);
        EnterpriseView enterprise = enterprises.find(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No ODR enterprise " + code + " has applied"));
        OdrGate.regulatorOf(regulator, enterprise.region(), what);
        var check = new InputCheck();
        OdrEnterpriseCommand built = check.field("", () -> command.apply(OdrEnterpriseId.of(code)));
        check.orThrow();
        return commands.sendAndWait(built);
    }

    private static boolean mayRead(Actor reader, CreditCode code, RegionCode region) {
        return switch (reader.role()) {
            case AUDITOR -> true;
            case ENTERPRISE -> code.value().equals(reader.organisation());
            case REGULATOR -> reader.region() != null && region.isWithin(reader.region());
            default -> false;
        };
    }

    private static CreditCode parse(String creditCode) {
        var check = new InputCheck();
        CreditCode code = check.field("creditCode", () -> new CreditCode(creditCode));
        check.orThrow();
        return code;
    }

    private static EnterpriseStatus publicStatus(String status) {
        return switch (status.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "ACTIVE" -> EnterpriseStatus.ACTIVE;
            case "WARNED" -> EnterpriseStatus.WARNED;
            default -> throw new IllegalArgumentException("the public list shows ACTIVE or WARNED enterprises, not '%s'".formatted(status));
        };
    }
}
