package io.tianping.enforcement.domain;

import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.WorkingDayCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The statutory periods of the administrative penalty procedure. Periods in working days use the China working-day
 * calendar; every due date is the last day allowed, a China calendar day, so a step is late only from the day after.
 */
public final class LegalClocks {

    public static final ZoneId CHINA = ChinaTime.ZONE;

    static final int FILING_WORKING_DAYS = 15;
    static final int FILING_EXTENSION_WORKING_DAYS = 15;
    static final int STATEMENT_WORKING_DAYS = 5;
    static final int DECISION_DAYS = 90;
    static final int DECISION_EXTENSION_DAYS = 30;
    static final int PUBLICITY_WORKING_DAYS = 20;
    static final int ASSISTANCE_WORKING_DAYS = 15;
    static final int POLICE_DECISION_DAYS = 3;
    static final Duration HAND_OVER_WITHIN = Duration.ofHours(24);

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.china();

    private LegalClocks() {
    }

    /** The China calendar day of {@code instant}. */
    public static LocalDate day(Instant instant) {
        return instant.atZone(CHINA).toLocalDate();
    }

    /** True once {@code now} falls on a China day after {@code dueOn}. */
    public static boolean isPast(LocalDate dueOn, Instant now) {
        return day(now).isAfter(dueOn);
    }

    public static LocalDate filingDue(Instant raisedAt) {
        return CALENDAR.plusWorkingDays(day(raisedAt), FILING_WORKING_DAYS);
    }

    public static LocalDate filingDueExtended(LocalDate filingDue) {
        return CALENDAR.plusWorkingDays(filingDue, FILING_EXTENSION_WORKING_DAYS);
    }

    public static LocalDate statementDue(Instant servedAt) {
        return CALENDAR.plusWorkingDays(day(servedAt), STATEMENT_WORKING_DAYS);
    }

    /** 90 days from filing, 120 if extended, plus every day the clock stood still. */
    public static LocalDate decisionDue(LocalDate filedOn, boolean extended, long suspendedDays) {
        return filedOn.plusDays(DECISION_DAYS + (extended ? DECISION_EXTENSION_DAYS : 0) + suspendedDays);
    }

    /** Whole China days from suspending the clock to resuming it: suspended and resumed the same day counts 0. */
    public static long suspendedDays(Instant suspendedAt, Instant resumedAt) {
        return Math.max(0, ChronoUnit.DAYS.between(day(suspendedAt), day(resumedAt)));
    }

    public static LocalDate publicityDue(Instant decidedAt) {
        return CALENDAR.plusWorkingDays(day(decidedAt), PUBLICITY_WORKING_DAYS);
    }

    public static LocalDate assistanceDue(Instant requestedAt) {
        return CALENDAR.plusWorkingDays(day(requestedAt), ASSISTANCE_WORKING_DAYS);
    }

    public static LocalDate policeDecisionDue(Instant suspectedAt) {
        return day(suspectedAt).plusDays(POLICE_DECISION_DAYS);
    }

    public static Instant handOverDue(Instant decidedAt) {
        return decidedAt.plus(HAND_OVER_WITHIN);
    }

    /** Penalty information stays public 3 months for a minor penalty, 3 years otherwise. */
    public static LocalDate shownUntil(Instant publishedAt, boolean minor) {
        return minor ? day(publishedAt).plusMonths(3) : day(publishedAt).plusYears(3);
    }

    /** A listed party may ask to be removed from 1 year after listing. */
    public static LocalDate earliestRemoval(Instant listedAt) {
        return day(listedAt).plusYears(1);
    }

    /** A listed party leaves the list automatically 3 years after listing. */
    public static LocalDate automaticExit(Instant listedAt) {
        return day(listedAt).plusYears(3);
    }
}
