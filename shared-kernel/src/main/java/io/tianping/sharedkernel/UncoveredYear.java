package io.tianping.sharedkernel;

import java.time.LocalDate;

/**
 * A working-day count reached a day of a year whose official holiday table is not loaded: the calendar refuses rather
 * than count it as plain Monday–Friday (domain.md "Working days"). The app answers it with 400 naming the date.
 */
public class UncoveredYear extends IllegalStateException {

    private final LocalDate date;

    public UncoveredYear(LocalDate date, String covered) {
        super("the working days of %d are not known yet (no official holiday table; the calendar covers %s), so a period reaching %s cannot be counted"
                .formatted(date.getYear(), covered, date));
        this.date = date;
    }

    /** The first day that could not be counted. */
    public LocalDate date() {
        return date;
    }
}
