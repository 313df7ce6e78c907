package io.tianping.odr.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dynamic exit of ODR enterprises (domain.md: the official thresholds are not public, so they are configuration).
 * An enrolled enterprise with at least {@code minimumConcluded} complaints concluded in the last {@code windowDays}
 * whose settlement, on-time or satisfaction rate is below its threshold is warned; a warned one still below at the next
 * evaluation is exited.
 *
 * @param windowDays       days of receipt looked at, ending today (default 90)
 * @param minimumConcluded concluded complaints needed before an enterprise is judged (default 5)
 * @param settlementRate   lowest acceptable settlement rate (default 0.6)
 * @param onTimeRate       lowest acceptable on-time rate (default 0.8)
 * @param satisfactionRate lowest acceptable satisfaction rate, judged once any feedback exists (default 0.6)
 */
@ConfigurationProperties("tianping.odr.exit")
public record OdrExitSettings(Integer windowDays, Integer minimumConcluded, Double settlementRate, Double onTimeRate,
                             Double satisfactionRate) {

    public OdrExitSettings {
        windowDays = windowDays == null ? 90 : windowDays;
        minimumConcluded = minimumConcluded == null ? 5 : minimumConcluded;
        settlementRate = settlementRate == null ? 0.6 : settlementRate;
        onTimeRate = onTimeRate == null ? 0.8 : onTimeRate;
        satisfactionRate = satisfactionRate == null ? 0.6 : satisfactionRate;
        if (windowDays < 1 || minimumConcluded < 1) {
            throw new IllegalArgumentException("tianping.odr.exit.window-days and minimum-concluded must be at least 1");
        }
    }
}
