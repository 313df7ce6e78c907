package io.tianping.odr.web;

import io.tianping.odr.api.ComplaintCommand.AcceptComplaint;
import io.tianping.odr.api.ComplaintCommand.EndTestPause;
import io.tianping.odr.api.ComplaintCommand.RaiseComplaintClue;
import io.tianping.odr.api.ComplaintCommand.RecordMediationResult;
import io.tianping.odr.api.ComplaintCommand.RejectComplaint;
import io.tianping.odr.api.ComplaintCommand.StartTestPause;
import io.tianping.odr.api.ComplaintStep;
import io.tianping.odr.api.RejectionGround;
import io.tianping.odr.projection.ComplaintView;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.Bounds;
import io.tianping.sharedkernel.InputCheck;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

/**
 * What the regulator of a complaint's region (or one above) does with it: accept or reject it, mediate (pausing for
 * tests), record the result, and raise a clue for enforcement.
 */
@RestController
@RequestMapping("/api/v1/odr/complaints/{id}")
class ComplaintHandlingController {

    private final ComplaintSteps steps;
    private final OdrGate gate;
    private final Clock clock;

    ComplaintHandlingController(ComplaintSteps steps, OdrGate gate, Clock clock) {
        this.steps = steps;
        this.gate = gate;
        this.clock = clock;
    }

    /** When the regulator accepted the complaint; absent: now. */
    record AcceptanceRequest(@Nullable Instant acceptedAt) { }

    /**
     * A rejection on one ground of art. 15.
     *
     * @param ground the art. 15 ground
     * @param reason what the regulator tells the consumer, optional
     */
    record RejectionRequest(RejectionGround ground, @Size(max = Bounds.TEXT) @Nullable String reason) { }

    /**
     * A test or appraisal that stops the mediation clock.
     *
     * @param test      what is tested
     * @param startedAt when it started; absent: now
     */
    record TestPauseRequest(String test, @Nullable Instant startedAt) { }

    /** When the test ended; absent: now. */
    record TestResumptionRequest(@Nullable Instant endedAt) { }

    /**
     * How mediation ended.
     *
     * @param agreed whether the parties agreed
     * @param terms  the agreement (required when agreed), or why it failed
     * @param at     when; absent: now
     */
    record MediationResultRequest(Boolean agreed, @Size(max = Bounds.TEXT) String terms, @Nullable Instant at) { }

    /** What the regulator found that enforcement should verify. */
    record ComplaintClueRequest(@Size(max = Bounds.TEXT) String note) { }

    @PostMapping("/acceptance")
    ComplaintStep acceptComplaint(@PathVariable String id, @RequestBody(required = false) AcceptanceRequest request, Actor regulator) {
        ComplaintView complaint = gate.forRegulator(regulator, id, "accept complaints");
        var check = new InputCheck();
        Instant at = Times.orNow(check, "acceptedAt", request == null ? null : request.acceptedAt(), clock);
        return steps.send(check, () -> new AcceptComplaint(complaint.complaintId(), at));
    }

    @PostMapping("/rejection")
    ComplaintStep rejectComplaint(@PathVariable String id, @RequestBody RejectionRequest request, Actor regulator) {
        ComplaintView complaint = gate.forRegulator(regulator, id, "reject complaints");
        var check = new InputCheck();
        check.required("ground", request.ground());
        return steps.send(check, () -> new RejectComplaint(complaint.complaintId(), request.ground(), request.reason(), clock.instant()));
    }

    @PostMapping("/test-pause")
    ComplaintStep startTestPause(@PathVariable String id, @RequestBody TestPauseRequest request, Actor regulator) {
        ComplaintView complaint = gate.forRegulator(regulator, id, "pause a mediation for a test");
        var check = new InputCheck();
        Fields.required(check, "test", request.test());
        Instant at = Times.orNow(check, "startedAt", request.startedAt(), clock);
        return steps.send(check, () -> new StartTestPause(complaint.complaintId(), request.test(), at));
    }

    @PostMapping("/test-resumption")
    ComplaintStep endTestPause(@PathVariable String id, @RequestBody(required = false) TestResumptionRequest request, Actor regulator) {
        ComplaintView complaint = gate.forRegulator(regulator, id, "end a test pause");
        var check = new InputCheck();
        Instant at = Times.orNow(check, "endedAt", request == null ? null : request.endedAt(), clock);
        return steps.send(check, () -> new EndTestPause(complaint.complaintId(), at));
    }

    @PostMapping("/mediation-result")
    ComplaintStep recordMediationResult(@PathVariable String id, @RequestBody MediationResultRequest request, Actor regulator) {
        ComplaintView complaint = gate.forRegulator(regulator, id, "record a mediation result");
        var check = new InputCheck();
        check.required("agreed", request.agreed());
        Instant at = Times.orNow(check, "at", request.at(), clock);
        return steps.send(check, () -> new RecordMediationResult(complaint.complaintId(), request.agreed(), request.terms(), at));
    }

    @PostMapping("/clue")
    ComplaintStep raiseComplaintClue(@PathVariable String id, @RequestBody(required = false) ComplaintClueRequest request, Actor regulator) {
        ComplaintView complaint = gate.forRegulator(regulator, id, "raise clues");
        var check = new InputCheck();
        return steps.send(check, () -> new RaiseComplaintClue(complaint.complaintId(), request == null ? null : request.note(),
                clock.instant()));
    }
}
