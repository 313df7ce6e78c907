package io.tianping.odr.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.tianping.odr.api.ComplaintCommand.EscalateComplaint;
import io.tianping.odr.api.ComplaintCommand.FileComplaint;
import io.tianping.odr.api.ComplaintCommand.RecordFeedback;
import io.tianping.odr.api.ComplaintCommand.RecordSettlement;
import io.tianping.odr.api.ComplaintId;
import io.tianping.odr.api.ComplaintProduct;
import io.tianping.odr.api.ComplaintRoute;
import io.tianping.odr.api.ComplaintStage;
import io.tianping.odr.api.ComplaintStep;
import io.tianping.odr.api.Consumer;
import io.tianping.odr.api.Respondent;
import io.tianping.odr.domain.ComplaintRouting;
import io.tianping.odr.projection.ComplaintFilter;
import io.tianping.odr.projection.ComplaintReads;
import io.tianping.odr.projection.ComplaintView;
import io.tianping.odr.projection.OdrEnterprisesProjection;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.Bounds;
import io.tianping.sharedkernel.CatalogueCode;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.Money;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.Role;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.jspecify.annotations.Nullable;

/**
 * Consumer complaints: the 12315 intake files them and passes on escalations and feedback; an ODR enterprise reads
 * and answers its own.
 */
@RestController
@RequestMapping("/api/v1/odr/complaints")
class ComplaintController {

    /** The most complaints one list answers. */
    static final int MAX_LIMIT = 1000;

    private final CommandGateway commands;
    private final ComplaintSteps steps;
    private final ComplaintReads complaints;
    private final OdrEnterprisesProjection enterprises;
    private final OdrGate gate;
    private final Clock clock;

    ComplaintController(CommandGateway commands, ComplaintSteps steps, ComplaintReads complaints,
                        OdrEnterprisesProjection enterprises, OdrGate gate, Clock clock) {
        this.commands = commands;
        this.steps = steps;
        this.complaints = complaints;
        this.enterprises = enterprises;
        this.gate = gate;
        this.clock = clock;
    }

    /** The consumer: name and phone (answers show the phone masked). */
    record ComplaintConsumerBody(String name, String phone) { }

    /** The business complained about: its region (credit code positions 3–8) decides the competent bureau. */
    record ComplaintRespondentBody(String name, String creditCode) { }

    /** The product complained about; {@code catalogueCode} and {@code model} when known. */
    record ComplaintProductBody(String name, @Nullable String catalogueCode, String model) { }

    /**
     * A complaint the intake received.
     *
     * @param receivedAt  when the intake received it (its clocks count from the next working day)
     * @param odr         whether the consumer chose ODR
     * @param consumer    the consumer
     * @param respondent  the business complained about
     * @param product     the product
     * @param platform    the platform it was bought on, when online
     * @param listingId   the platform's listing, when known
     * @param amount      the amount in dispute, CNY
     * @param claim       what the consumer asks for
     * @param facts       what happened
     * @param harmKnownOn when the consumer knew of the harm
     */
    record ComplaintRequest(Instant receivedAt, Boolean odr, ComplaintConsumerBody consumer, ComplaintRespondentBody respondent,
                            ComplaintProductBody product, @Nullable String platform, @Nullable String listingId, @Nullable BigDecimal amount,
                            @Size(max = Bounds.TEXT) String claim, @Size(max = Bounds.TEXT) String facts,
                            @Nullable LocalDate harmKnownOn) { }

    /**
     * The enterprise's record of its negotiation: all required.
     *
     * @param handledAt when it handled the complaint
     * @param settled   whether it was settled
     * @param method    how it negotiated
     * @param result    what was agreed, or why not
     */
    record SettlementRequest(Instant handledAt, Boolean settled, @Size(max = Bounds.TEXT) String method,
                             @Size(max = Bounds.TEXT) String result) { }

    /** When the consumer asked the intake to pass the complaint on; absent: now. */
    record EscalationRequest(@Nullable Instant escalatedAt) { }

    /** Whether the consumer is satisfied with the outcome. */
    record FeedbackRequest(Boolean satisfied) { }

    /** Complaints the caller may see, newest first. */
    record ComplaintList(List<ComplaintView> items) { }

    @PostMapping
    ResponseEntity<ComplaintStep> fileComplaint(@RequestBody ComplaintRequest request, Actor intake) {
        OdrGate.require(intake, Role.COMPLAINT_INTAKE, "file complaints");
        var check = new InputCheck();
        Instant receivedAt = Times.past(check, "receivedAt", request.receivedAt(), clock);
        check.required("odr", request.odr());
        Consumer consumer = request.consumer() == null ? check.required("consumer", null)
                : check.field("consumer", () -> new Consumer(request.consumer().name(), request.consumer().phone()));
        Respondent respondent = respondent(check, request.respondent());
        ComplaintProduct product = product(check, request.product());
        if (request.platform() != null) {
            check.field("platform", () -> new PlatformId(request.platform()));
        }
        Money amount = request.amount() == null ? null : check.field("amount", () -> new Money(request.amount()));
        Fields.required(check, "claim", request.claim());
        Fields.required(check, "facts", request.facts());
        if (request.harmKnownOn() != null && receivedAt != null && request.harmKnownOn().isAfter(ChinaTime.dayOf(receivedAt))) {
            check.problem("harmKnownOn", "is after the complaint was received");
        }
        check.orThrow();
        boolean enrolled = enterprises.enrolled(respondent.creditCode());
        ComplaintId id = ComplaintId.generate();
        var routing = ComplaintRouting.of(request.odr(), enrolled, respondent, receivedAt);
        FileComplaint command = check.field("", () -> new FileComplaint(id, receivedAt, request.odr(), consumer, respondent,
                product, request.platform(), request.listingId(), amount, request.claim(), request.facts(),
                request.harmKnownOn(), enrolled));
        check.orThrow();
        commands.sendAndWait(command);
        var stage = routing.route() == ComplaintRoute.ENTERPRISE ? ComplaintStage.WITH_ENTERPRISE
                : ComplaintStage.AWAITING_ACCEPTANCE;
        return ResponseEntity.created(URI.create("/api/v1/odr/complaints/" + id.value()))
                .body(new ComplaintStep(id, stage, routing.route(), routing.region(), routing.dueBy()));
    }

    @GetMapping
    ComplaintList listComplaints(@RequestParam(required = false) String stage,
                                 @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_LIMIT, defaultValue = "100")) @RequestParam(defaultValue = "100") int limit, Actor reader) {
        var check = new InputCheck();
        ComplaintStage only = stage == null ? null : check.field("stage", () -> ComplaintStage.valueOf(stage.strip()));
        if (limit < 1 || limit > MAX_LIMIT) {
            check.problem("limit", "must be 1-%d, got %d".formatted(MAX_LIMIT, limit));
        }
        check.orThrow();
        ComplaintFilter filter = switch (reader.role()) {
            case ENTERPRISE -> new ComplaintFilter(new CreditCode(reader.organisation()), null, only);
            case REGULATOR -> new ComplaintFilter(null, reader.region(), only);
            case COMPLAINT_INTAKE, AUDITOR -> new ComplaintFilter(null, null, only);
            default -> throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Complaints are read by their enterprise, "
                    + "the 12315 intake, regulators and auditors; you act as " + reader.role());
        };
        return new ComplaintList(complaints.list(filter, limit));
    }

    @GetMapping("/{id}")
    ComplaintView findComplaint(@PathVariable String id, Actor reader) {
        return gate.visible(reader, id);
    }

    @PostMapping("/{id}/settlement")
    ComplaintStep recordSettlement(@PathVariable String id, @RequestBody SettlementRequest request, Actor enterprise) {
        OdrGate.require(enterprise, Role.ENTERPRISE, "record a settlement");
        ComplaintView complaint = gate.visible(enterprise, id);
        var check = new InputCheck();
        Instant handledAt = Times.past(check, "handledAt", request.handledAt(), clock);
        check.required("settled", request.settled());
        Fields.required(check, "method", request.method());
        Fields.required(check, "result", request.result());
        return steps.send(check, () -> new RecordSettlement(complaint.complaintId(), complaint.respondent().creditCode(),
                handledAt, request.settled(), request.method(), request.result()));
    }

    @PostMapping("/{id}/escalation")
    ComplaintStep escalateComplaint(@PathVariable String id, @RequestBody(required = false) EscalationRequest request, Actor intake) {
        OdrGate.require(intake, Role.COMPLAINT_INTAKE, "escalate complaints");
        ComplaintView complaint = gate.visible(intake, id);
        var check = new InputCheck();
        Instant at = Times.orNow(check, "escalatedAt", request == null ? null : request.escalatedAt(), clock);
        return steps.send(check, () -> new EscalateComplaint(complaint.complaintId(), at));
    }

    @PostMapping("/{id}/feedback")
    ComplaintStep recordFeedback(@PathVariable String id, @RequestBody FeedbackRequest request, Actor intake) {
        OdrGate.require(intake, Role.COMPLAINT_INTAKE, "pass on the consumer's feedback");
        ComplaintView complaint = gate.visible(intake, id);
        var check = new InputCheck();
        check.required("satisfied", request.satisfied());
        return steps.send(check, () -> new RecordFeedback(complaint.complaintId(), request.satisfied(), clock.instant()));
    }

    private static Respondent respondent(InputCheck check, ComplaintRespondentBody body) {
        if (body == null) {
            return check.required("respondent", null);
        }
        CreditCode code = check.field("respondent.creditCode", () -> new CreditCode(body.creditCode()));
        return code == null ? null : check.field("respondent", () -> new Respondent(body.name(), code));
    }

    private static ComplaintProduct product(InputCheck check, ComplaintProductBody body) {
        if (body == null) {
            return check.required("product", null);
        }
        CatalogueCode code = body.catalogueCode() == null ? null
                : check.field("product.catalogueCode", () -> new CatalogueCode(body.catalogueCode()));
        return check.field("product", () -> new ComplaintProduct(body.name(), code, body.model()));
    }
}
