package io.tianping.livestream.web;

import io.tianping.livestream.api.ClockKind;
import io.tianping.livestream.api.SubjectCommand;
import io.tianping.livestream.api.SubjectCommand.NoteUnreachable;
import io.tianping.livestream.api.SubjectCommand.RecordReminder;
import io.tianping.livestream.api.SubjectCommand.RecordVerification;
import io.tianping.livestream.api.SubjectCommand.ReportChange;
import io.tianping.livestream.api.SubjectId;
import io.tianping.livestream.projection.OverdueClocks;
import io.tianping.livestream.projection.OverdueClocks.Overdue;
import io.tianping.livestream.projection.SubjectDirectory;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.RegionCode;
import io.tianping.sharedkernel.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The legal clocks of order 117: re-verification every 6 months (art. 8), change reports within 3 WD and their
 * verification within 7 (art. 15), the reminder to an unreachable operator within 5 (art. 22); and what is overdue.
 */
@RestController
@RequestMapping("/api/v1/livestream")
class ClockController {

    static final int MAX_RESULTS = 1000;

    private final CommandGateway commands;
    private final OverdueClocks clocks;
    private final SubjectDirectory directory;
    private final Clock clock;

    ClockController(CommandGateway commands, OverdueClocks clocks, SubjectDirectory directory, Clock clock) {
        this.commands = commands;
        this.clocks = clocks;
        this.directory = directory;
        this.clock = clock;
    }

    /** Overdue clocks, oldest first, at most {@value #MAX_RESULTS}. */
    record OverdueList(List<Overdue> items) { }

    /** A change the operator reported to the platform. */
    record ChangeRequest(String account, LocalDate changedOn, LocalDate reportedOn, String description) { }

    /** A verification the platform carried out. */
    record VerificationRequest(String account, LocalDate verifiedOn) { }

    /** A reminder the platform sent an unreachable operator. */
    record ReminderRequest(String account, LocalDate remindedOn) { }

    /** The day a bureau could not reach the operator. */
    record UnreachableRequest(LocalDate notedOn) { }

    /** What was recorded on the subject. */
    record ClockRecorded(String subjectId, String recorded) { }

    @GetMapping("/reverification-overdue")
    OverdueList listOverdueClocks(@RequestParam(required = false) ClockKind kind, Actor caller) {
        LocalDate today = ChinaTime.today(clock);
        if (caller.role() == Role.PLATFORM) {
            return new OverdueList(clocks.overdue(today, kind, Callers.platform(caller), null, MAX_RESULTS));
        }
        RegionCode region = Callers.readerRegion(caller);
        return new OverdueList(clocks.overdue(today, kind, null, region, MAX_RESULTS));
    }

    @PostMapping("/subjects/{id}/changes")
    ClockRecorded reportSubjectChange(@PathVariable String id, @RequestBody ChangeRequest request, Actor caller) {
        PlatformId platform = Callers.platform(caller);
        SubjectId subject = Fields.subjectId(id);
        return send(subject, "CHANGE_REPORTED", () -> new ReportChange(subject, platform, request.account(),
                request.changedOn(), request.reportedOn(), request.description(), clock.instant()), "reportedOn", request.reportedOn());
    }

    @PostMapping("/subjects/{id}/verifications")
    ClockRecorded recordSubjectVerification(@PathVariable String id, @RequestBody VerificationRequest request, Actor caller) {
        PlatformId platform = Callers.platform(caller);
        SubjectId subject = Fields.subjectId(id);
        return send(subject, "VERIFIED", () -> new RecordVerification(subject, platform, request.account(),
                request.verifiedOn(), clock.instant()), "verifiedOn", request.verifiedOn());
    }

    @PostMapping("/subjects/{id}/reminders")
    ClockRecorded recordSubjectReminder(@PathVariable String id, @RequestBody ReminderRequest request, Actor caller) {
        PlatformId platform = Callers.platform(caller);
        SubjectId subject = Fields.subjectId(id);
        return send(subject, "REMINDED", () -> new RecordReminder(subject, platform, request.account(),
                request.remindedOn(), clock.instant()), "remindedOn", request.remindedOn());
    }

    @PostMapping("/subjects/{id}/unreachable")
    ClockRecorded noteSubjectUnreachable(@PathVariable String id, @RequestBody UnreachableRequest request, Actor caller) {
        RegionCode region = Callers.regulator(caller);
        SubjectId subject = Fields.subjectId(id);
        if (!directory.exists(subject) || !Callers.sees(region, directory.regionsOf(subject))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No subject " + id);
        }
        return send(subject, "UNREACHABLE_NOTED", () -> new NoteUnreachable(subject, request.notedOn(), region,
                clock.instant()), "notedOn", request.notedOn());
    }

    private ClockRecorded send(SubjectId subject, String recorded, Supplier<SubjectCommand> command, String dayField,
                               LocalDate day) {
        var check = new InputCheck();
        SubjectCommand parsed = check.field("", command);
        Fields.notAfter(check, dayField, day, ChinaTime.today(clock));
        check.orThrow();
        commands.sendAndWait(parsed);
        return new ClockRecorded(subject.value(), recorded);
    }
}
