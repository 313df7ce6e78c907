package io.tianping.livestream.domain;

import io.tianping.sharedkernel.WorkingDayCalendar;
import java.time.LocalDate;

/** The legal clocks of order 117, counted in China's working days where the law says working days. */
public final class SubjectClocks {

    static final int REVERIFY_MONTHS = 6;
    static final int CHANGE_REPORT_WD = 3;
    static final int CHANGE_VERIFICATION_WD = 7;
    static final int REMINDER_WD = 5;

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.china();

    private SubjectClocks() {
    }

    /** Re-verification at least every 6 months (art. 8). */
    public static LocalDate reverificationDue(LocalDate verifiedOn) {
        return verifiedOn.plusMonths(REVERIFY_MONTHS);
    }

    /** The operator reports a change within 3 WD (art. 15). */
    public static LocalDate changeReportDue(LocalDate changedOn) {
        return CALENDAR.plusWorkingDays(changedOn, CHANGE_REPORT_WD);
    }

    /** The platform verifies a reported change within 7 WD (art. 15). */
    public static LocalDate changeVerificationDue(LocalDate reportedOn) {
        return CALENDAR.plusWorkingDays(reportedOn, CHANGE_VERIFICATION_WD);
    }

    /** The platform reminds an operator the bureau cannot reach within 5 WD (art. 22). */
    public static LocalDate reminderDue(LocalDate notedOn) {
        return CALENDAR.plusWorkingDays(notedOn, REMINDER_WD);
    }
}
