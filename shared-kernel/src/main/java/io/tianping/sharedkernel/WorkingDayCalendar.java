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
 * (2025–2027); a year announced by no notice yet is a {@link #isProjection projection} (2027). Asking about a day of
 * any other year, or counting into or across one, throws {@link UncoveredYear}: a legal deadline is never guessed
 * from plain Monday–Friday.
 */
public final class WorkingDayCalendar {

    private static final String CHINA = "/io/tianping/sharedkernel/china-working-days.csv";

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;
    private final Set<Integer> years;
    private final Set<Integer> projected;
    private final String coveredText;

    private WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays, Set<Integer> projected) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        TreeSet<Integer> covered = new TreeSet<>();
        holidays.forEach(d -> covered.add(d.getYear()));
        this.years = Set.copyOf(covered);
        this.projected = Set.copyOf(projected);
        this.coveredText = covered.stream().map(y -> projected.contains(y) ? y + " (projected)" : String.valueOf(y))
                .reduce((a, b) -> a + ", " + b).orElse("no year");
    }

    /** Mainland China, 2025–2027 (2027 projected). */
    public static WorkingDayCalendar china() {
        return Holder.CHINA;
    }

    /** True if {@code date}'s year has a holiday table; every other year is refused with {@link UncoveredYear}. */
    public boolean covers(LocalDate date) {
        return years.contains(date.getYear());
    }

    /**
     * True when {@code year}'s table is a projection (lunar dates and the usual make-up pattern) because the State
     * Council had not announced that year when the data was written; its deadlines may move when the notice is out.
     */
    public boolean isProjection(int year) {
        return projected.contains(year);
    }

    /** @throws UncoveredYear when {@code date}'s year has no holiday table */
    public boolean isWorkingDay(LocalDate date) {
        if (!covers(date)) {
            throw new UncoveredYear(date, coveredText);
        }
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
     *
     * @throws UncoveredYear when the count reaches a day of a year without a holiday table
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
     *
     * @throws UncoveredYear when a day counted lies in a year without a holiday table
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
        Set<Integer> projected = new HashSet<>();
        for (String[] row : Csv.read(resource)) {
            if (row[0].equals("date")) {
                continue; // header
            }
            LocalDate date = LocalDate.parse(row[0]);
            switch (row[1]) {
                case "HOLIDAY" -> holidays.add(date);
                case "WORKDAY" -> makeUp.add(date);
                case "PROJECTED_YEAR" -> projected.add(date.getYear());
                default -> throw new IllegalStateException("%s: unknown kind '%s' on %s".formatted(resource, row[1], date));
            }
        }
        return new WorkingDayCalendar(holidays, makeUp, projected);
    }
}
