package io.tianping.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.china();

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
            "2025-10-01, false", // National Day, Wednesday
            "2025-10-08, false", // last day of the 2025 National Day / Mid-Autumn week
            "2025-10-04, false", // Saturday inside the holiday
            "2025-09-28, true",  // Sunday make-up working day
            "2025-10-11, true",  // Saturday make-up working day
            "2025-09-27, false", // ordinary Saturday
            "2025-09-29, true",  // ordinary Monday
            "2025-01-28, false", // Spring Festival eve
            "2025-01-26, true",  // Sunday make-up before Spring Festival
            "2025-02-08, true",  // Saturday make-up after Spring Festival
            "2025-05-05, false", // Labour Day, Monday
            "2026-01-04, true",  // Sunday make-up after New Year 2026
            "2026-02-23, false", // Spring Festival 2026, Monday
            "2026-02-14, true",  // Saturday make-up before Spring Festival 2026
            "2026-10-07, false", // National Day 2026
            "2027-10-01, false", // National Day 2027 (projection)
    })
    void knowsHolidaysAndMakeUpDays(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} WD = {2}")
    @CsvSource({
            "2025-09-29, 3,  2025-10-10", // Tue 30 Sep, then the holiday week, then Thu 9 and Fri 10 Oct
            "2025-09-30, 1,  2025-10-09",
            "2025-09-30, 15, 2025-10-28", // includes Saturday 11 Oct
            "2025-09-26, 1,  2025-09-28", // Friday + 1 = the Sunday make-up day
            "2025-01-27, 1,  2025-02-05", // across Spring Festival 2025
            "2025-12-30, 2,  2026-01-04", // across the year boundary: New Year 1-3 Jan off, Sunday 4 Jan worked
            "2025-12-31, 5,  2026-01-08",
            "2025-06-03, 0,  2025-06-03",
            "2025-06-06, 1,  2025-06-09", // ordinary weekend
    })
    void addsWorkingDays(LocalDate start, int days, LocalDate expected) {
        assertThat(calendar.plusWorkingDays(start, days)).isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(start, expected)).isEqualTo(days);
    }

    @Test
    void countsWorkingDaysBackwardsAsNegative() {
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2025-10-28"), LocalDate.parse("2025-09-30"))).isEqualTo(-15);
    }

    @Test
    void plusAndBetweenAgreeOnEveryCoveredStartDay() {
        for (LocalDate start = LocalDate.parse("2025-01-01"); start.getYear() < 2028; start = start.plusDays(1)) {
            for (int days = 1; days <= 20; days += 4) {
                LocalDate end = calendar.plusWorkingDays(start, days);
                assertThat(calendar.isWorkingDay(end)).as("%s + %d", start, days).isTrue();
                assertThat(calendar.workingDaysBetween(start, end)).as("%s + %d", start, days).isEqualTo(days);
            }
        }
    }

    @Test
    void refusesNegativeDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.plusWorkingDays(LocalDate.parse("2025-06-03"), -1));
    }

    @ParameterizedTest
    @CsvSource({"2025-03-01, true", "2026-12-31, true", "2027-07-01, true", "2024-12-31, false", "2028-01-03, false"})
    void coversTheYearsInItsData(LocalDate date, boolean covered) {
        assertThat(calendar.covers(date)).isEqualTo(covered);
    }

    @ParameterizedTest
    @CsvSource({"2030-01-01, true", "2030-01-05, false", "2030-01-06, false", "2024-10-01, true"})
    void fallsBackToMondayToFridayOutsideCoveredYears(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }
}
