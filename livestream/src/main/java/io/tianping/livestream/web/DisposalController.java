package io.tianping.livestream.web;

import io.tianping.livestream.api.Measure;
import io.tianping.livestream.api.SubjectCommand.RecordMeasure;
import io.tianping.livestream.api.SubjectEvent.MeasureRecorded;
import io.tianping.livestream.api.SubjectId;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.PlatformId;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

/**
 * Platforms record the measures of art. 12 they took against their own subjects. Closure, no re-registration and the
 * blacklist are reported to the province as well as the county; the blacklist holds on every platform.
 */
@RestController
@RequestMapping("/api/v1/livestream/disposals")
class DisposalController {

    private final CommandGateway commands;
    private final Clock clock;

    DisposalController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** A measure to record; {@code until} and {@code appealRoute} are required for BLACKLIST. */
    record DisposalRequest(String subjectId, String measure, String reason, @Nullable LocalDate until, @Nullable String appealRoute) { }

    /**
     * The measure recorded and where it is reported.
     *
     * @param subjectId the subject
     * @param measure   the measure
     * @param county    the county-level region it is reported to (where findings about the account go)
     * @param province  the province it is reported to as well, or null when the measure goes to the county only
     */
    record DisposalRecorded(String subjectId, Measure measure, String county, @Nullable String province) { }

    @PostMapping
    ResponseEntity<DisposalRecorded> recordDisposal(@RequestBody DisposalRequest request, Actor caller) {
        PlatformId platform = Callers.platform(caller);
        Instant now = clock.instant();
        LocalDate today = ChinaTime.dayOf(now);
        var check = new InputCheck();
        SubjectId id = check.field("subjectId", () -> new SubjectId(request.subjectId()));
        Measure measure = check.field("measure", () -> measure(request.measure()));
        check.orThrow();
        RecordMeasure command = check.field("", () -> new RecordMeasure(id, platform, measure, request.reason(),
                request.until(), request.appealRoute(), today, now));
        check.orThrow();
        MeasureRecorded recorded = commands.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/v1/livestream/subjects/" + id.value()))
                .body(new DisposalRecorded(id.value(), measure, recorded.county().value(),
                        recorded.province() == null ? null : recorded.province().value()));
    }

    private static Measure measure(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        try {
            return Measure.valueOf(value.strip());
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown measure '%s'; one of %s".formatted(value, Arrays.toString(Measure.values())));
        }
    }
}
