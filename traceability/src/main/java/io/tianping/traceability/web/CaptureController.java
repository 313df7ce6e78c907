package io.tianping.traceability.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.CreditCode;
import io.tianping.sharedkernel.InvalidInput;
import io.tianping.sharedkernel.Role;
import io.tianping.traceability.capture.CaptureError;
import io.tianping.traceability.capture.CaptureJobs;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** EPCIS 2.0 capture through the standard's REST binding: asynchronous jobs, all or nothing unless asked to proceed. */
@RestController
@RequestMapping("/api/v1/traceability/epcis/capture")
class CaptureController {

    private static final TypeReference<List<CaptureError>> ERRORS = new TypeReference<>() { };

    private final CaptureJobs jobs;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    CaptureController(CaptureJobs jobs, JdbcClient jdbc, JsonMapper json) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The job was accepted and is running; follow {@code Location} for its result. */
    record CaptureAccepted(String captureID, boolean running) { }

    /**
     * A capture job.
     *
     * @param running        whether it is still working
     * @param success        once finished: whether every event was captured (null while running)
     * @param eventsCaptured how many events it stored (0 when it rolled back)
     * @param errors         what was wrong, each with the event's index in the document and the field
     */
    record CaptureJobResponse(String captureID, boolean running, Boolean success, int eventsCaptured,
                              List<CaptureError> errors) { }

    @PostMapping(consumes = {"application/json", "application/ld+json"})
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "202",
            description = "Accepted: the capture job runs; poll its Location until running is false",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location", description = "The capture job",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "uri-reference")),
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = CaptureAccepted.class)))
    ResponseEntity<CaptureAccepted> captureEpcisDocument(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "An EPCIS 2.0 EPCISDocument (JSON-LD)",
                    content = {@io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object")),
                            @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/ld+json",
                                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object"))})
            @RequestBody JsonNode document,
            @Parameter(description = "rollback (default): store nothing if any event is wrong; proceed: store the good ones")
            @RequestHeader(name = "GS1-Capture-Error-Behaviour", required = false) String behaviour, Actor caller) {
        CreditCode owner = Callers.manufacturer(caller, "capture EPCIS events");
        if (behaviour != null && !Set.of("rollback", "proceed").contains(behaviour)) {
            throw new InvalidInput("GS1-Capture-Error-Behaviour", "must be rollback or proceed");
        }
        String captureId = jobs.submit(owner, "proceed".equals(behaviour), document);
        return ResponseEntity.accepted().location(URI.create("/api/v1/traceability/epcis/capture/" + captureId))
                .body(new CaptureAccepted(captureId, true));
    }

    @GetMapping("/{captureID}")
    CaptureJobResponse findCaptureJob(@PathVariable("captureID") String captureId, Actor caller) {
        Callers.require(caller, Set.of(Role.MANUFACTURER, Role.REGULATOR, Role.AUDITOR, Role.ADMIN), "read capture jobs");
        var job = jdbc.sql("select * from traceability_capture_job where capture_id = ?").param(captureId)
                .query((rs, row) -> new Object[] {rs.getString("owner"), new CaptureJobResponse(rs.getString("capture_id"),
                        rs.getBoolean("running"), (Boolean) rs.getObject("success"), rs.getInt("events_captured"),
                        json.readValue(rs.getString("errors"), ERRORS))})
                .optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No capture job " + captureId));
        if (caller.role() == Role.MANUFACTURER && !caller.organisation().equals(job[0])) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No capture job " + captureId);
        }
        return (CaptureJobResponse) job[1];
    }
}
