package io.tianping.odr.web;

import io.tianping.odr.projection.Performance;
import io.tianping.odr.projection.RegionStatistics;
import io.tianping.sharedkernel.Actor;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.InputCheck;
import io.tianping.sharedkernel.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Complaint statistics of a region and period, every rate with its numerator and denominator. */
@RestController
@RequestMapping("/api/v1/odr/statistics")
class OdrStatisticsController {

    private final Performance performance;
    private final Clock clock;

    OdrStatisticsController(Performance performance, Clock clock) {
        this.performance = performance;
        this.clock = clock;
    }

    /**
     * Regulators read their region and below (default: their own), auditors and the intake any region; the period is
     * by day of receipt, [from, to], default the current year up to today.
     */
    @GetMapping
    RegionStatistics findOdrStatistics(@RequestParam(required = false) String region,
                                       @RequestParam(required = false) LocalDate from,
                                       @RequestParam(required = false) LocalDate to, Actor reader) {
        var check = new InputCheck();
        RegionCode asked = region == null ? null : check.field("region", () -> new RegionCode(region));
        LocalDate last = to == null ? ChinaTime.today(clock) : to;
        LocalDate first = from == null ? last.withDayOfYear(1) : from;
        if (first.isAfter(last)) {
            check.problem("from", "must not be after to (" + last + ")");
        }
        check.orThrow();
        RegionCode within = switch (reader.role()) {
            case REGULATOR -> {
                RegionCode own = reader.region();
                if (asked != null && !asked.isWithin(own)) {
                    throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                            "Region %s is outside your region %s".formatted(asked, own));
                }
                yield asked == null ? own : asked;
            }
            case AUDITOR, COMPLAINT_INTAKE -> asked == null ? RegionCode.COUNTRY : asked;
            default -> throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Statistics are read by regulators, auditors and the 12315 intake; you act as " + reader.role());
        };
        return performance.statistics(within, first, last);
    }
}
