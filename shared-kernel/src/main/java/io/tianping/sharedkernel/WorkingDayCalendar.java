package io.tianping.sharedkernel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in mainland China: Monday–Friday, minus the public holidays, plus the weekend make-up working
 * days (调休上班) announced each year by the State Council General Office. Statutory deadlines counted in
 * "working days" (工作日) use it.
 * <p>
 * Only the years present in {@code /io/tianping/sharedkernel/china-working-days.csv} are {@link #covers covered}
 * (2025–2027; see the file header for which are projections). Outside them the calendar falls back to plain
 * Monday–Friday, which is wrong around holidays, so callers that care can check {@link #covers(LocalDate)}.
 */
public final class WorkingDayCalendar {

    private static final String CHINA = "/io/tianping/sharedkernel/china-working-days.csv";

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;
    private final Set<Integer> years;

    private WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        Set<Integer> covered = new TreeSet<>();
        holidays.forEach(d -> covered.add(d.getYear()));
        this.years = Set.copyOf(covered);
    }

    /** Mainland China, 2025–2027. */
    public static WorkingDayCalendar china() {
        return Holder.CHINA;
    }

    /** True if the holidays of {@code date}'s year are known; otherwise the calendar is plain Monday–Friday. */
    public boolean covers(LocalDate date) {
        return years.contains(date.getYear());
    }

    public boolean isWorkingDay(LocalDate date) {
        if (holidays.contains(date)) {
            return false;
        }
        if (makeUpWorkdays.contains(date)) {
            return true;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The date {@code days} working days after {@code start}; {@code start} itself is not counted, so a deadline
     * of 5 working days from a Monday with no holidays is the next Monday. {@code days == 0} returns {@code start}.
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative, got " + days);
        }
        LocalDate date = start;
        for (int left = days; left > 0; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * The number of working days in ({@code fromExclusive}, {@code toInclusive}], so that
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}; negative if {@code toInclusive} is earlier.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static final class Holder {
        static final WorkingDayCalendar CHINA = load(WorkingDayCalendar.CHINA);
    }

    static WorkingDayCalendar load(String resource) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUp = new HashSet<>();
        for (String[] row : Csv.read(resource)) {
            if (row[0].equals("date")) {
                continue; // header
            }
            LocalDate date = LocalDate.parse(row[0]);
            switch (row[1]) {
                case "HOLIDAY" -> holidays.add(date);
                case "WORKDAY" -> makeUp.add(date);
                default -> throw new IllegalStateException("%s: unknown kind '%s' on %s".formatted(resource, row[1], date));
            }
        }
        return new WorkingDayCalendar(holidays, makeUp);
    }
}
