package io.tianping.odr.process;

import io.tianping.odr.api.EnterpriseStatus;
import io.tianping.odr.api.OdrEnterpriseCommand.ExitOdrEnterprise;
import io.tianping.odr.api.OdrEnterpriseCommand.WarnOdrEnterprise;
import io.tianping.odr.api.OdrEnterpriseId;
import io.tianping.odr.config.OdrExitSettings;
import io.tianping.odr.projection.EnterpriseView;
import io.tianping.odr.projection.OdrEnterprisesProjection;
import io.tianping.odr.projection.Performance;
import io.tianping.odr.projection.Rate;
import io.tianping.odr.projection.Scorecard;
import io.tianping.sharedkernel.ChinaTime;
import io.tianping.sharedkernel.CreditCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The dynamic evaluation of ODR enterprises ({@link OdrExitSettings}): below a threshold → warned; warned and still
 * below at the next evaluation → exited. Runs once a day (first a day after start), and on demand.
 */
@Component
public class OdrExitEvaluation {

    private static final Logger log = LoggerFactory.getLogger(OdrExitEvaluation.class);

    private final OdrEnterprisesProjection enterprises;
    private final Performance performance;
    private final CommandGateway commands;
    private final OdrExitSettings settings;
    private final Clock clock;

    OdrExitEvaluation(OdrEnterprisesProjection enterprises, Performance performance, CommandGateway commands,
                      OdrExitSettings settings, Clock clock) {
        this.enterprises = enterprises;
        this.performance = performance;
        this.commands = commands;
        this.settings = settings;
        this.clock = clock;
    }

    /** What one evaluation did to one enterprise. */
    public record Decision(CreditCode creditCode, EnterpriseStatus became, String reason) {
    }

    @Scheduled(fixedDelayString = "${tianping.odr.exit.evaluation-interval:P1D}",
            initialDelayString = "${tianping.odr.exit.evaluation-interval:P1D}")
    public List<Decision> evaluate() {
        Instant now = clock.instant();
        LocalDate today = ChinaTime.dayOf(now);
        LocalDate from = today.minusDays(settings.windowDays());
        List<Decision> decisions = new ArrayList<>();
        for (EnterpriseView enterprise : enterprises.enrolled()) {
            var card = performance.scorecard(enterprise.creditCode(), from, today).orElse(null);
            String shortfall = card == null ? null : shortfall(card);
            if (shortfall == null) {
                continue;
            }
            var id = OdrEnterpriseId.of(enterprise.creditCode());
            try {
                if (enterprise.status() == EnterpriseStatus.ACTIVE) {
                    commands.sendAndWait(new WarnOdrEnterprise(id, "动态评价低于阈值 / below thresholds: " + shortfall, now));
                    decisions.add(new Decision(enterprise.creditCode(), EnterpriseStatus.WARNED, shortfall));
                } else {
                    commands.sendAndWait(new ExitOdrEnterprise(id, "警示后仍低于阈值 / still below thresholds after a warning: " + shortfall, now));
                    decisions.add(new Decision(enterprise.creditCode(), EnterpriseStatus.EXITED, shortfall));
                }
            } catch (RuntimeException e) {
                log.warn("ODR evaluation of {} failed: {}", enterprise.creditCode(), e.getMessage());
            }
        }
        return decisions;
    }

    /** Which rates are below their thresholds, over {@code windowDays}; null when none or too few complaints. */
    String shortfall(Scorecard card) {
        if (card.concluded() < settings.minimumConcluded()) {
            return null;
        }
        List<String> below = new ArrayList<>();
        check(below, "settlement", card.settlementRate(), settings.settlementRate());
        check(below, "on time", card.onTimeRate(), settings.onTimeRate());
        check(below, "satisfaction", card.satisfactionRate(), settings.satisfactionRate());
        return below.isEmpty() ? null
                : "%s over %d days (%s to %s)".formatted(String.join("; ", below), settings.windowDays(), card.from(), card.to());
    }

    private static void check(List<String> below, String name, Rate rate, double threshold) {
        if (rate.below(threshold)) {
            below.add("%s %d/%d = %s < %s".formatted(name, rate.numerator(), rate.denominator(), rate.value(), threshold));
        }
    }
}
