package io.tianping.enforcement.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LegalClocksTest {

    @ParameterizedTest(name = "clue raised {0} → filing decision due {1}")
    @CsvSource({
            "2025-09-30T02:00:00Z, 2025-10-28", // skips the National Day week, counts Saturday 11 Oct
            "2025-09-29T16:30:00Z, 2025-10-28", // 00:30 on 30 Sep in China: the China day counts, not the UTC one
            "2025-09-29T02:00:00Z, 2025-10-27",
            "2025-06-06T02:00:00Z, 2025-06-27", // ordinary weeks
            "2026-02-10T02:00:00Z, 2026-03-09", // Spring Festival 2026, with the make-up Saturdays 14 and 28 Feb
    })
    void filingDecisionIsDue15WorkingDaysAfterTheClue(Instant raisedAt, LocalDate due) {
        assertThat(LegalClocks.filingDue(raisedAt)).isEqualTo(due);
    }

    @Test
    void extendingTheFilingDecisionAdds15MoreWorkingDays() {
        assertThat(LegalClocks.filingDueExtended(LocalDate.of(2025, 10, 28))).isEqualTo(LocalDate.of(2025, 11, 18));
    }

    @ParameterizedTest(name = "notice served {0} → statement due {1}")
    @CsvSource({
            "2025-11-03T02:00:00Z, 2025-11-10",
            "2025-09-26T02:00:00Z, 2025-10-10", // Sunday 28 Sep is worked, then 29, 30 Sep, 9 and 10 Oct
    })
    void statementIsDue5WorkingDaysAfterTheNotice(Instant servedAt, LocalDate due) {
        assertThat(LegalClocks.statementDue(servedAt)).isEqualTo(due);
    }

    @ParameterizedTest(name = "filed {0}, extended {1}, suspended {2} days → decision due {3}")
    @CsvSource({
            "2025-10-20, false, 0,  2026-01-18", // 90 calendar days, holidays included
            "2025-10-20, true,  0,  2026-02-17", // +30
            "2025-10-20, false, 12, 2026-01-30", // hearing, testing, appraisal time excluded
            "2025-10-20, true,  5,  2026-02-22",
    })
    void decisionIsDue90DaysAfterFiling(LocalDate filedOn, boolean extended, long suspendedDays, LocalDate due) {
        assertThat(LegalClocks.decisionDue(filedOn, extended, suspendedDays)).isEqualTo(due);
    }

    @ParameterizedTest(name = "suspended {0}, resumed {1} → {2} days")
    @CsvSource({
            "2025-11-03T02:00:00Z, 2025-11-03T09:00:00Z, 0",
            "2025-11-03T02:00:00Z, 2025-11-05T01:00:00Z, 2",
            "2025-11-03T15:30:00Z, 2025-11-03T16:30:00Z, 1", // 23:30 → 00:30 China time: the next day
    })
    void countsSuspendedDaysInChinaDays(Instant suspendedAt, Instant resumedAt, long days) {
        assertThat(LegalClocks.suspendedDays(suspendedAt, resumedAt)).isEqualTo(days);
    }

    @ParameterizedTest(name = "decided {0} → publicity due {1}")
    @CsvSource({
            "2025-11-20T02:00:00Z, 2025-12-18",
            "2025-09-20T02:00:00Z, 2025-10-23", // a Saturday decision; the National Day week does not count
    })
    void publicityIsDue20WorkingDaysAfterTheDecision(Instant decidedAt, LocalDate due) {
        assertThat(LegalClocks.publicityDue(decidedAt)).isEqualTo(due);
    }

    @ParameterizedTest(name = "assistance requested {0} → answer due {1}")
    @CsvSource({
            "2025-10-23T02:00:00Z, 2025-11-13",
            "2025-12-25T02:00:00Z, 2026-01-16", // New Year 2026 off, Sunday 4 Jan worked
    })
    void assistanceAnswerIsDue15WorkingDaysAfterTheRequest(Instant requestedAt, LocalDate due) {
        assertThat(LegalClocks.assistanceDue(requestedAt)).isEqualTo(due);
    }

    @ParameterizedTest(name = "crime suspected {0} → transfer decision due {1}")
    @CsvSource({
            "2025-11-05T02:00:00Z, 2025-11-08", // calendar days: the weekend counts
            "2025-09-30T20:00:00Z, 2025-10-04", // 04:00 on 1 Oct in China
    })
    void policeDecisionIsDue3DaysAfterTheSuspicion(Instant suspectedAt, LocalDate due) {
        assertThat(LegalClocks.policeDecisionDue(suspectedAt)).isEqualTo(due);
    }

    @Test
    void handOverIsDue24HoursAfterTheDecision() {
        assertThat(LegalClocks.handOverDue(Instant.parse("2025-11-06T03:00:00Z"))).isEqualTo(Instant.parse("2025-11-07T03:00:00Z"));
    }

    @ParameterizedTest(name = "published {0}, minor {1} → shown until {2}")
    @CsvSource({
            "2025-12-01T02:00:00Z, true,  2026-03-01",
            "2025-12-01T02:00:00Z, false, 2028-12-01",
            "2025-11-30T02:00:00Z, true,  2026-02-28",
    })
    void penaltiesAreShown3MonthsIfMinorElse3Years(Instant publishedAt, boolean minor, LocalDate until) {
        assertThat(LegalClocks.shownUntil(publishedAt, minor)).isEqualTo(until);
    }

    @Test
    void listingPeriodsCountYearsFromTheListingDay() {
        Instant leapDay = Instant.parse("2024-02-29T02:00:00Z");
        assertThat(LegalClocks.earliestRemoval(leapDay)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(LegalClocks.automaticExit(leapDay)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @ParameterizedTest(name = "due 2025-10-28, at {0} → past {1}")
    @CsvSource({
            "2025-10-28T15:59:59Z, false", // 23:59:59 on the due day, China time
            "2025-10-28T16:00:00Z, true",  // midnight in China: the day after
            "2025-10-27T02:00:00Z, false",
    })
    void aClockRunsOutAtTheEndOfItsLastDayInChina(Instant now, boolean past) {
        assertThat(LegalClocks.isPast(LocalDate.of(2025, 10, 28), now)).isEqualTo(past);
    }
}
