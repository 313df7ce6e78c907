package io.tianping.odr.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The complaint clocks on real days around Spring Festival and National Day (China time, 10:00 unless said). */
class ComplaintClocksTest {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            enterprise  | 2026-02-13T02:00:00Z | 2026-03-05 | 10 WD over Spring Festival 2026 (domain.md)
            enterprise  | 2026-02-13T17:00:00Z | 2026-03-06 | 01:00 on Sat 14 Feb in China: received on the make-up day
            enterprise  | 2025-09-26T02:00:00Z | 2025-10-16 | 10 WD over National Day 2025, Sun 28 Sep and Sat 11 Oct worked
            acceptance  | 2026-09-30T02:00:00Z | 2026-10-15 | 7 WD over National Day 2026 (domain.md)
            acceptance  | 2025-09-30T02:00:00Z | 2025-10-16 | 7 WD over National Day 2025
            acceptance  | 2026-02-13T02:00:00Z | 2026-03-02 | 7 WD over Spring Festival 2026
            mediation   | 2026-09-18T02:00:00Z | 2026-11-26 | 45 WD over Mid-Autumn and National Day 2026 (domain.md)
            mediation   | 2026-01-30T02:00:00Z | 2026-04-10 | 45 WD from 30 Jan 2026 over Spring Festival (2 make-up Saturdays) and Qingming
            """)
    void countsTheRealDeadlines(String clock, Instant from, LocalDate due, String why) {
        LocalDate actual = switch (clock) {
            case "enterprise" -> ComplaintClocks.enterpriseDue(from);
            case "acceptance" -> ComplaintClocks.acceptanceDue(from);
            default -> ComplaintClocks.mediationDue(from);
        };
        assertThat(actual).as(why).isEqualTo(due);
    }

    @ParameterizedTest(name = "notice after {0} → {1}")
    @CsvSource({"2026-09-30, 2026-10-15", "2026-02-13, 2026-03-02", "2026-04-01, 2026-04-13"})
    void theTerminationNoticeIsDueSevenWorkingDaysLater(LocalDate ended, LocalDate due) {
        assertThat(ComplaintClocks.terminationNoticeDue(ended)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} → {1}: {2} WD")
    @CsvSource({
            "2026-02-13T02:00:00Z, 2026-02-24T02:00:00Z, 2", // Sat 14 Feb worked, then the holiday, then Tue 24
            "2026-09-30T02:00:00Z, 2026-10-08T02:00:00Z, 1",
            "2026-03-02T02:00:00Z, 2026-03-02T09:00:00Z, 0",
            "2026-03-03T02:00:00Z, 2026-03-02T02:00:00Z, 0"}) // never negative
    void countsWorkingDaysBetweenTwoInstants(Instant from, Instant to, int days) {
        assertThat(ComplaintClocks.workingDaysBetween(from, to)).isEqualTo(days);
    }
}
