package io.tianping.odr.domain;

import io.tianping.odr.api.ComplaintRoute;
import io.tianping.odr.api.Respondent;
import io.tianping.sharedkernel.RegionCode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a new complaint goes: to the respondent when the consumer chose ODR and the respondent is enrolled (10 working
 * days), otherwise to the competent regulator, the respondent's county (7 working days to accept or reject).
 */
public record ComplaintRouting(ComplaintRoute route, RegionCode region, LocalDate dueBy) {

    public static ComplaintRouting of(boolean odr, boolean respondentEnrolled, Respondent respondent, Instant receivedAt) {
        boolean toEnterprise = odr && respondentEnrolled;
        return new ComplaintRouting(toEnterprise ? ComplaintRoute.ENTERPRISE : ComplaintRoute.REGULATOR, respondent.region(),
                toEnterprise ? ComplaintClocks.enterpriseDue(receivedAt) : ComplaintClocks.acceptanceDue(receivedAt));
    }
}
