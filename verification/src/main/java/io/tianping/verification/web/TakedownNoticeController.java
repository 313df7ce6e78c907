package io.tianping.verification.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.verification.api.TakedownCommand.AcknowledgeTakedown;
import io.tianping.verification.api.TakedownNoticeId;
import io.tianping.verification.api.TakedownQuery.ListOverdueTakedownNotices;
import io.tianping.verification.api.TakedownQuery.ListTakedownNotices;
import io.tianping.verification.api.TakedownQuery.OverdueTakedownNotices;
import io.tianping.verification.api.TakedownQuery.TakedownNoticePage;
import io.tianping.verification.domain.TakedownNoticeNotFound;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Takedown notices: each platform pulls and acknowledges its own; regulators list the overdue ones. */
@RestController
@RequestMapping("/api/v1/takedown-notices")
class TakedownNoticeController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    TakedownNoticeController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    /** When the platform removed the listing; absent: now. */
    record AcknowledgementRequest(Instant removedAt) { }

    /** The notice, now {@code ACKNOWLEDGED}, and the removal time recorded. */
    record AcknowledgementResponse(TakedownNoticeId id, String status, Instant removedAt) { }

    @GetMapping
    TakedownNoticePage listTakedownNotices(@RequestParam(defaultValue = "0") String after, @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + ListTakedownNotices.MAX_LIMIT, defaultValue = "100")) @RequestParam(defaultValue = "100") int limit,
                            Actor platform) {
        var check = new InputCheck();
        Long cursor = check.field("after", () -> parseCursor(after));
        check.orThrow();
        ListTakedownNotices query = check.field("", () -> new ListTakedownNotices(new PlatformId(platform.organisation()),
                cursor, limit));
        check.orThrow();
        return queries.query(query, TakedownNoticePage.class).join();
    }

    @PostMapping("/{id}/acknowledgement")
    AcknowledgementResponse acknowledgeTakedownNotice(@PathVariable String id, @RequestBody AcknowledgementRequest request,
                                                      Actor platform) {
        Instant removedAt = request.removedAt() == null ? clock.instant() : request.removedAt();
        TakedownNoticeId notice;
        try {
            notice = new TakedownNoticeId(id);
            commands.sendAndWait(new AcknowledgeTakedown(notice, new PlatformId(platform.organisation()), removedAt));
        } catch (TakedownNoticeNotFound | AggregateNotFoundException | IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No takedown notice " + id + " for your platform");
        }
        return new AcknowledgementResponse(notice, "ACKNOWLEDGED", removedAt);
    }

    @GetMapping("/overdue")
    OverdueTakedownNotices listOverdueTakedownNotices(@RequestParam(required = false) String platform) {
        var check = new InputCheck();
        PlatformId platformId = platform == null ? null : check.field("platform", () -> new PlatformId(platform));
        check.orThrow();
        return queries.query(new ListOverdueTakedownNotices(platformId, clock.instant()), OverdueTakedownNotices.class).join();
    }

    private static long parseCursor(String after) {
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a cursor this feed returned: " + after);
        }
    }
}
