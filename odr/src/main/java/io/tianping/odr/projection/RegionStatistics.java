package io.tianping.odr.projection;

import io.tianping.sharedkernel.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Complaints against respondents within a region (the respondent's credit-code region), received in
 * [{@code from}, {@code to}] (China days). ODR rates count complaints first sent to an ODR enterprise.
 *
 * @param region                 the region, and every region within it
 * @param from                   first day of receipt counted
 * @param to                     last day of receipt counted
 * @param received               complaints received
 * @param toEnterprises          sent straight to an ODR enterprise
 * @param toRegulators           sent straight to a regulator (no ODR chosen, or the respondent not enrolled)
 * @param concludedAtEnterprises ODR complaints whose enterprise stage is over: a result recorded, or overdue
 * @param settlementRate         settled by the enterprise ÷ concluded at enterprises
 * @param onTimeRate             recorded within the 10 working days ÷ concluded at enterprises
 * @param satisfactionRate       consumers satisfied ÷ feedback given, on ODR complaints not escalated
 * @param averageWorkingDays     mean working days from receipt to the enterprise's record; null when none
 * @param escalated              passed from an enterprise to a regulator
 * @param accepted               accepted by a regulator
 * @param rejected               rejected on an art. 15 ground
 * @param mediationAgreementRate mediations ended with an agreement ÷ mediations ended (agreed or terminated)
 */
public record RegionStatistics(RegionCode region, LocalDate from, LocalDate to, long received, long toEnterprises,
                               long toRegulators, long concludedAtEnterprises, Rate settlementRate, Rate onTimeRate,
                               Rate satisfactionRate, @Nullable BigDecimal averageWorkingDays, long escalated, long accepted,
                               long rejected, Rate mediationAgreementRate) {
}
