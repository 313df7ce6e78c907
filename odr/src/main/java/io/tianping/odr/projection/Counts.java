package io.tianping.odr.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the complaint table counts over a set of complaints received in a period; the rates are made from these.
 * "With an enterprise" means first routed to an ODR enterprise.
 */
record Counts(long received, long toEnterprises, long toRegulators, long concluded, long settled, long onTime,
              long feedbacks, long satisfied, long handled, long workingDaysTotal, long escalated, long accepted,
              long rejected, long agreed, long terminated) {

    /** Settled ÷ concluded at the enterprise (a result recorded, or overdue). */
    Rate settlementRate() {
        return Rate.of(settled, concluded);
    }

    /** Recorded within the 10 working days ÷ concluded at the enterprise. */
    Rate onTimeRate() {
        return Rate.of(onTime, concluded);
    }

    /** Satisfied ÷ feedback given on complaints that ended with the enterprise (not escalated). */
    Rate satisfactionRate() {
        return Rate.of(satisfied, feedbacks);
    }

    /** Agreements ÷ mediations ended (agreed or terminated). */
    Rate mediationAgreementRate() {
        return Rate.of(agreed, agreed + terminated);
    }

    /** Mean working days from receipt to the enterprise's record, over the complaints it recorded; null when none. */
    BigDecimal averageWorkingDays() {
        return handled == 0 ? null
                : BigDecimal.valueOf(workingDaysTotal).divide(BigDecimal.valueOf(handled), 2, RoundingMode.HALF_UP);
    }
}
