package io.tianping.livestream.web;

import io.tianping.livestream.api.Routing;
import io.tianping.livestream.api.SubjectCommand.RecordFinding;
import io.tianping.livestream.api.SubjectEvent.FindingRecorded;
import io.tianping.livestream.api.SubjectId;
import io.tianping.livestream.projection.SubjectDirectory;
import io.tianping.livestream.projection.SubjectDirectory.Session;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.jspecify.annotations.Nullable;

/**
 * Regulators record monitoring findings; each is routed to the competent region by order 117 art. 47 and becomes an
 * enforcement clue there.
 */
@RestController
@RequestMapping("/api/v1/livestream/findings")
class FindingController {

    private final CommandGateway commands;
    private final SubjectDirectory directory;
    private final Clock clock;

    FindingController(CommandGateway commands, SubjectDirectory directory, Clock clock) {
        this.commands = commands;
        this.directory = directory;
        this.clock = clock;
    }

    /** A finding about a subject, optionally in one session; {@code evidenceSha256} is the evidence file's hash. */
    record FindingRequest(String subjectId, @Nullable String sessionId, String kind, String description, String evidenceSha256) { }

    /**
     * The finding and where it went.
     *
     * @param findingId the finding
     * @param subjectId the subject
     * @param region    the competent region (art. 47), where it is a clue now
     * @param routing   why that region
     */
    record FindingRouted(String findingId, String subjectId, String region, Routing routing) { }

    @PostMapping
    ResponseEntity<FindingRouted> recordFinding(@RequestBody FindingRequest request, Actor caller) {
        Callers.regulator(caller);
        var check = new InputCheck();
        SubjectId subject = check.field("subjectId", () -> new SubjectId(request.subjectId()));
        Fields.text(check, "kind", request.kind());
        Fields.text(check, "description", request.description());
        if (request.evidenceSha256() != null && !request.evidenceSha256().matches("^[0-9a-f]{64}$")) {
            check.problem("evidenceSha256", "must be 64 lower-case hex digits (SHA-256)");
        }
        check.orThrow();
        if (!directory.exists(subject)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No subject " + request.subjectId());
        }
        PlatformId platform = null;
        RegionCode roomRegion = null;
        if (request.sessionId() != null && !request.sessionId().isBlank()) {
            Session session = directory.session(request.sessionId().strip()).orElseThrow(() ->
                    new ResponseStatusException(HttpStatus.NOT_FOUND, "No session " + request.sessionId()));
            if (!session.operator().equals(subject) && !session.hosts().contains(subject)) {
                throw new io.tianping.sharedkernel.InvalidInput("sessionId", "the subject was neither the room nor a host of this session");
            }
            platform = session.platform();
            if (!session.operator().equals(subject)) { // a host goes where the room's operator goes
                roomRegion = directory.roomRegion(session.operator(), platform).orElse(null);
            }
        }
        String findingId = UUID.randomUUID().toString();
        FindingRecorded recorded = commands.sendAndWait(new RecordFinding(subject, findingId, platform,
                request.sessionId() == null ? null : request.sessionId().strip(), request.kind(), request.description(),
                request.evidenceSha256(), roomRegion, clock.instant()));
        return ResponseEntity.created(URI.create("/api/v1/livestream/subjects/" + subject.value()))
                .body(routed(findingId, subject, recorded));
    }

    private static FindingRouted routed(String findingId, SubjectId subject, FindingRecorded recorded) {
        return new FindingRouted(findingId, subject.value(), recorded.region().value(), recorded.routing());
    }
}
