package io.tianping.odr.domain;

import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The periods a complaint keeps (domain.md "ODR and consumer complaints"), in working days of the China calendar; the
 * day something happens is not counted, and every due day is the last day allowed, so a step is late only from the
 * next day.
 */
public final class ComplaintClocks {

    /** The ODR enterprise negotiates within 10 working days of receipt. */
    public static final int ENTERPRISE_WORKING_DAYS = 10;
    /** The regulator accepts or rejects within 7 working days of receipt (art. 14), or of the escalation. */
    public static final int ACCEPTANCE_WORKING_DAYS = 7;
    /** Mediation ends without agreement 45 working days after acceptance (art. 21(5)), test time excluded. */
    public static final int MEDIATION_WORKING_DAYS = 45;
    /** A termination is notified to the parties within 7 working days. */
    public static final int TERMINATION_NOTICE_WORKING_DAYS = 7;

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.china();

    private ComplaintClocks() {
    }

    public static LocalDate day(Instant instant) {
        return ChinaTime.dayOf(instant);
    }

    /** True once {@code now} is on a China day after {@code dueBy}. */
    public static boolean isPast(LocalDate dueBy, Instant now) {
        return day(now).isAfter(dueBy);
    }

    public static LocalDate enterpriseDue(Instant receivedAt) {
        return CALENDAR.plusWorkingDays(day(receivedAt), ENTERPRISE_WORKING_DAYS);
    }

    public static LocalDate acceptanceDue(Instant receivedOrEscalatedAt) {
        return CALENDAR.plusWorkingDays(day(receivedOrEscalatedAt), ACCEPTANCE_WORKING_DAYS);
    }

    public static LocalDate mediationDue(Instant acceptedAt) {
        return CALENDAR.plusWorkingDays(day(acceptedAt), MEDIATION_WORKING_DAYS);
    }

    public static LocalDate terminationNoticeDue(LocalDate endedOn) {
        return CALENDAR.plusWorkingDays(endedOn, TERMINATION_NOTICE_WORKING_DAYS);
    }

    /** Working days from the day of {@code from} to the day of {@code to}: 0 on the same day, never negative. */
    public static int workingDaysBetween(Instant from, Instant to) {
        return Math.max(0, CALENDAR.workingDaysBetween(day(from), day(to)));
    }

    /** The mediation due day moved by the working days a test took. */
    public static LocalDate extendBy(LocalDate dueBy, int workingDays) {
        return CALENDAR.plusWorkingDays(dueBy, workingDays);
    }
}
