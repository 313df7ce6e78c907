package io.tianping.livestream.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * The semi-annual report periods (art. 9): a platform reports in January (period {@code YYYY-H1}) and in July
 * ({@code YYYY-H2}); a half-year's report is MISSING once its month has passed without one.
 */
public final class ReportPeriods {

    /** Where a platform stands for the current half-year. */
    public enum State { FILED, DUE, MISSING }

    private ReportPeriods() {
    }

    /** The half-year {@code day} lies in, e.g. 2026-H1. */
    public static String periodOf(LocalDate day) {
        return day.getYear() + (day.getMonthValue() <= 6 ? "-H1" : "-H2");
    }

    public static State state(boolean filed, LocalDate today) {
        if (filed) {
            return State.FILED;
        }
        return today.getMonth() == Month.JANUARY || today.getMonth() == Month.JULY ? State.DUE : State.MISSING;
    }
}
