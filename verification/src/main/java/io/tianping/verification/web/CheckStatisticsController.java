package io.tianping.verification.web;

import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.Role;
import io.tianping.verification.check.CheckStatistics;
import io.tianping.verification.check.CheckStatistics.DayChecks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Regulators and auditors read how many listings were checked and intercepted, per day and reason. */
@RestController
class CheckStatisticsController {

    private static final Set<Role> READERS = Set.of(Role.REGULATOR, Role.AUDITOR, Role.ADMIN);

    private final CheckStatistics statistics;
    private final Clock clock;

    CheckStatisticsController(CheckStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    /**
     * Checks per day over a period.
     *
     * @param from the first day (China time)
     * @param to   the last day (China time)
     * @param days every day of the period, oldest first; a day without checks has zeros
     */
    record CheckStatisticsResponse(LocalDate from, LocalDate to, List<DayChecks> days) { }

    /** Checks and interceptions per day and reason from {@code from} to {@code to} (default: the last 30 days). */
    @GetMapping("/api/v1/verification/check-statistics")
    CheckStatisticsResponse findCheckStatistics(@RequestParam(required = false) LocalDate from,
                                                @RequestParam(required = false) LocalDate to, Actor reader) {
        if (!READERS.contains(reader.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only regulators, auditors and admins read check statistics");
        }
        LocalDate last = to != null ? to : LocalDate.now(clock.withZone(ChinaTime.ZONE));
        LocalDate first = from != null ? from : last.minusDays(29);
        var check = new InputCheck();
        check.field("from", () -> {
            if (first.isAfter(last)) {
                throw new IllegalArgumentException("must not be after 'to' (%s)".formatted(last));
            }
            if (ChronoUnit.DAYS.between(first, last) >= CheckStatistics.MAX_DAYS) {
                throw new IllegalArgumentException("the period may cover at most %d days".formatted(CheckStatistics.MAX_DAYS));
            }
            return first;
        });
        check.orThrow();
        return new CheckStatisticsResponse(first, last, statistics.perDay(first, last));
    }
}
