package io.tianping.odr.projection;

import io.tianping.odr.api.EnterpriseStatus;
import io.tianping.sharedkernel.CreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How an ODR enterprise handled the ODR complaints sent to it, received in [{@code from}, {@code to}] (China days).
 *
 * @param creditCode         the enterprise
 * @param name               its name
 * @param status             its enrolment now
 * @param from               first day of receipt counted
 * @param to                 last day of receipt counted
 * @param received           ODR complaints sent to it
 * @param concluded          of those, the ones whose enterprise stage is over: a result recorded, or overdue
 * @param settlementRate     settled ÷ concluded
 * @param onTimeRate         recorded within the 10 working days ÷ concluded (an overdue complaint is late)
 * @param satisfactionRate   consumers satisfied ÷ feedback given, on complaints not escalated
 * @param averageWorkingDays mean working days from receipt to its record, over the complaints it recorded; null when none
 */
public record Scorecard(CreditCode creditCode, String name, EnterpriseStatus status, LocalDate from, LocalDate to,
                        long received, long concluded, Rate settlementRate, Rate onTimeRate, Rate satisfactionRate,
                        @Nullable BigDecimal averageWorkingDays) {
}
