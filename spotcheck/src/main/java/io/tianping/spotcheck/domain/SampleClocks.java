package io.tianping.spotcheck.domain;

import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The periods a sample must keep. Periods in working days use the China working-day calendar; every due date is the
 * last day allowed, a China calendar day, so a step is late only from the day after.
 */
public final class SampleClocks {

    public static final ZoneId CHINA = ChinaTime.ZONE;

    static final int RESULT_TO_SELLER_WORKING_DAYS = 5;
    /** Product Quality Law art. 15: an objection within 15 days of receiving the result. */
    static final int OBJECTION_DAYS = 15;

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.china();

    private SampleClocks() {
    }

    /** The China calendar day of {@code instant}. */
    public static LocalDate day(Instant instant) {
        return instant.atZone(CHINA).toLocalDate();
    }

    /** True once {@code now} falls on a China day after {@code dueOn}. */
    public static boolean isPast(LocalDate dueOn, Instant now) {
        return day(now).isAfter(dueOn);
    }

    /** The lab result must reach the seller within 5 WD of being recorded. */
    public static LocalDate resultToSellerDue(Instant recordedAt) {
        return CALENDAR.plusWorkingDays(day(recordedAt), RESULT_TO_SELLER_WORKING_DAYS);
    }

    /** The sampled party may object until 15 calendar days after the day it received the result. */
    public static LocalDate objectionDue(Instant deliveredAt) {
        return day(deliveredAt).plusDays(OBJECTION_DAYS);
    }
}
