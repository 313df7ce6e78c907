package io.tianping.livestream.web;

import io.tianping.livestream.api.Identity;
import io.tianping.livestream.api.ReportCommand.FileSemiannualReport;
import io.tianping.livestream.api.ReportRow;
import io.tianping.livestream.api.SubjectRole;
import io.tianping.livestream.config.LivestreamSettings;
import io.tianping.livestream.domain.ReportPeriods;
import io.tianping.livestream.domain.SubjectIds;
import io.tianping.livestream.projection.ReportStates;
import io.tianping.livestream.projection.ReportStates.ReportState;
import io.tianping.livestream.projection.SubjectDirectory;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.Bounds;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.InvalidInput;
import io.tianping.sharedkernel.PlatformId;
import io.tianping.sharedkernel.Role;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

/**
 * The semi-annual reports of art. 9 (January and July): a platform imports its list of operators and hosts and gets a
 * report row by row; regulators see which platforms' reports for the current half-year are missing.
 */
@RestController
@RequestMapping("/api/v1/livestream/semiannual-reports")
class SemiannualReportController {

    private final CommandGateway commands;
    private final SubjectDirectory directory;
    private final SubjectIds ids;
    private final ReportStates states;
    private final LivestreamSettings settings;
    private final Clock clock;

    SemiannualReportController(CommandGateway commands, SubjectDirectory directory, SubjectIds ids, ReportStates states,
                               LivestreamSettings settings, Clock clock) {
        this.commands = commands;
        this.directory = directory;
        this.ids = ids;
        this.states = states;
        this.settings = settings;
        this.clock = clock;
    }

    /** One subject in the report: role (OPERATOR, HOST or MCN), account, name and credit code or ID number. */
    record ReportRowBody(String role, String account, String name, @Nullable String creditCode, @Nullable String idNumber) { }

    /** The platform's subjects, up to 1000 rows. */
    record ReportRequest(List<ReportRowBody> rows) { }

    /**
     * The import's report.
     *
     * @param reportId the report
     * @param period   the half-year it covers
     * @param accepted rows that match the registry
     * @param rejected rows that do not (invalid, or not registered on this platform)
     * @param rows     every row's status and problem
     */
    record ReportFiled(String reportId, String period, int accepted, int rejected, List<ReportRow> rows) { }

    /** Each platform's report state for the current half-year. */
    record ReportStateList(List<ReportState> items) { }

    @PostMapping
    ResponseEntity<ReportFiled> fileSemiannualReport(@RequestBody ReportRequest request, Actor caller) {
        PlatformId platform = Callers.platform(caller);
        if (request.rows() == null || request.rows().isEmpty() || request.rows().size() > Bounds.ITEMS) {
            throw new InvalidInput("rows", "between 1 and %d rows".formatted(Bounds.ITEMS));
        }
        Instant now = clock.instant();
        String period = ReportPeriods.periodOf(ChinaTime.dayOf(now));
        Set<String> registered = directory.accountsOf(platform);
        var rows = new ArrayList<ReportRow>();
        for (int i = 0; i < request.rows().size(); i++) {
            rows.add(judge(i + 1, request.rows().get(i), platform, registered));
        }
        String reportId = platform.value() + ":" + period;
        commands.sendAndWait(new FileSemiannualReport(reportId, platform, period, rows, now));
        int accepted = (int) rows.stream().filter(r -> r.status() == ReportRow.Status.ACCEPTED).count();
        return ResponseEntity.created(URI.create("/api/v1/livestream/semiannual-reports"))
                .body(new ReportFiled(reportId, period, accepted, rows.size() - accepted, rows));
    }

    /**
     * The same report as CSV, the form platforms export their lists in: a first line naming the columns
     * {@code role,account,name,creditCode,idNumber} (any order), then one subject a line, up to 1000; UTF-8.
     */
    @PostMapping(path = "/csv", consumes = ReportCsv.MEDIA_TYPE)
    ResponseEntity<ReportFiled> fileSemiannualReportCsv(@RequestBody String csv, Actor caller) {
        Callers.platform(caller);
        return fileSemiannualReport(new ReportRequest(ReportCsv.rows(csv)), caller);
    }

    @GetMapping
    ReportStateList listSemiannualReports(Actor caller) {
        LocalDate today = ChinaTime.today(clock);
        if (caller.role() == Role.PLATFORM) {
            return new ReportStateList(states.states(List.of(Callers.platform(caller).value()), today).stream()
                    .filter(s -> s.platform().equals(caller.organisation())).toList());
        }
        Callers.readerRegion(caller);
        return new ReportStateList(states.states(settings.platforms(), today));
    }

    private ReportRow judge(int row, ReportRowBody body, PlatformId platform, Set<String> registered) {
        if (body == null) {
            return new ReportRow(row, null, ReportRow.Status.INVALID, "the row is empty");
        }
        var check = new InputCheck();
        SubjectRole role = check.field("role", () -> SubjectRole.valueOf(String.valueOf(body.role()).strip()));
        Identity identity = OperatorRequest.identity(check, body.creditCode(), body.idNumber());
        String account = Fields.text(check, "account", body.account());
        Fields.text(check, "name", body.name());
        try {
            check.orThrow();
        } catch (InvalidInput invalid) {
            return new ReportRow(row, body.account(), ReportRow.Status.INVALID, invalid.getMessage());
        }
        if (!registered.contains(role + "|" + account)
                || !directory.isOn(ids.of(identity), platform, role)) {
            return new ReportRow(row, account, ReportRow.Status.NOT_REGISTERED,
                    "no %s account %s of this identity is registered on your platform".formatted(role, account));
        }
        return new ReportRow(row, account, ReportRow.Status.ACCEPTED, null);
    }
}
