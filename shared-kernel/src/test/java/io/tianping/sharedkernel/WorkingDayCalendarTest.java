package io.tianping.sharedkernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @ParameterizedTest(name = "{0} + {1} WD = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-09-30 | 7  | 2026-10-15 | domain.md: 7 WD over National Day 2026 (1-7 Oct off, Sat 10 Oct worked)
            2026-02-13 | 10 | 2026-03-05 | domain.md: 10 WD over Spring Festival 2026 (15-23 Feb off, Sat 14 and 28 Feb worked)
            2026-09-18 | 45 | 2026-11-26 | domain.md: 45 WD of mediation across Mid-Autumn and National Day 2026
            2026-02-12 | 1  | 2026-02-13 | Thursday before Spring Festival 2026
            2026-02-13 | 1  | 2026-02-14 | Friday + 1 = the Saturday make-up day
            2026-02-14 | 1  | 2026-02-24 | the make-up Saturday + 1 jumps the whole Spring Festival
            2026-02-14 | 7  | 2026-03-03 | 7 WD acceptance from the make-up Saturday, Sat 28 Feb counted
            2026-02-10 | 10 | 2026-03-02 | 10 WD of ODR over Spring Festival 2026, both make-up Saturdays counted
            2026-09-25 | 7  | 2026-10-12 | 7 WD from Mid-Autumn 2026 (25-27 Sep off) over National Day
            2026-09-19 | 1  | 2026-09-20 | Saturday + 1 = the Sunday make-up day 20 Sep
            2025-09-30 | 7  | 2025-10-16 | 7 WD over National Day 2025 (1-8 Oct off, Sat 11 Oct worked)
            2025-09-26 | 10 | 2025-10-16 | 10 WD over National Day 2025, Sun 28 Sep and Sat 11 Oct counted
            2025-09-30 | 45 | 2025-12-09 | 45 WD of mediation from the eve of National Day 2025
            2025-01-24 | 7  | 2025-02-10 | 7 WD over Spring Festival 2025 (28 Jan-4 Feb off, Sun 26 Jan and Sat 8 Feb worked)
            2026-12-24 | 10 | 2027-01-08 | across into 2027 (projected New Year 1-3 Jan)
            """)
    void countsRealDeadlinesAroundTheGreatHolidays(LocalDate start, int days, LocalDate expected, String why) {
        assertThat(calendar.plusWorkingDays(start, days)).as(why).isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(start, expected)).as(why).isEqualTo(days);
    }

    @Test
    void plusAndBetweenAgreeOnEveryCoveredStartDay() {
        for (LocalDate start = LocalDate.parse("2025-01-01"); start.isBefore(LocalDate.parse("2027-11-01")); start = start.plusDays(1)) {
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
    @CsvSource({"2030-01-01", "2024-10-01", "2028-01-03"})
    void refusesToSayWhetherADayOfAYearWithoutATableIsWorked(LocalDate date) {
        assertThatThrownBy(() -> calendar.isWorkingDay(date)).isInstanceOf(UncoveredYear.class)
                .hasMessageContaining(String.valueOf(date.getYear())).hasMessageContaining(date.toString())
                .hasMessageContaining("2027 (projected)");
    }

    @Test
    void refusesToCountIntoOrAcrossAYearWithoutATable() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.parse("2027-12-20"), 15))
                .isInstanceOf(UncoveredYear.class).hasMessageContaining("2028-01-01")
                .satisfies(e -> assertThat(((UncoveredYear) e).date()).isEqualTo(LocalDate.parse("2028-01-01")));
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.parse("2024-12-20"), LocalDate.parse("2025-01-10")))
                .isInstanceOf(UncoveredYear.class).hasMessageContaining("2024-12-21");
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2024-12-31"), 1))
                .as("counting starts the day after; 2025 is known").isEqualTo(LocalDate.parse("2025-01-02"));
    }

    @Test
    void marksOnlyTheUnannouncedYearAsAProjection() {
        assertThat(calendar.isProjection(2027)).isTrue();
        assertThat(calendar.isProjection(2026)).isFalse();
        assertThat(calendar.isProjection(2025)).isFalse();
    }

    @ParameterizedTest(name = "2025 per the State Council notice: {0} working {1}")
    @CsvSource({
            "2025-01-01, false", "2025-01-27, true", "2025-02-04, false", "2025-02-05, true", "2025-04-04, false",
            "2025-04-07, true", "2025-04-27, true", "2025-05-06, true", "2025-05-30, true", "2025-05-31, false",
            "2025-06-02, false", "2025-06-03, true", "2025-10-06, false", "2025-10-09, true", "2025-10-12, false"})
    void holdsTheAnnounced2025Table(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "2026 per domain.md: {0} working {1}")
    @CsvSource({
            "2026-01-02, false", "2026-01-04, true", "2026-02-15, false", "2026-02-24, true", "2026-02-28, true",
            "2026-04-06, false", "2026-05-05, false", "2026-05-09, true", "2026-06-19, false", "2026-09-20, true",
            "2026-09-25, false", "2026-10-07, false", "2026-10-08, true", "2026-10-10, true", "2026-10-11, false"})
    void holdsThe2026TableOfDomainMd(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }
}
