package io.tianping.enforcement.domain;

import io.tianping.sharedkernel.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The penalty of a case: proposed (notice served), then the party's statement if any, then the decision. Fields of
 * later steps stay null (false) until those steps happen.
 *
 * @param fine the decided fine; null until decided
 */
public record Penalty(Money proposedFine, String grounds, Instant servedAt, LocalDate statementDueOn,
                      String statement, boolean hearingRequested, Instant statementAt,
                      Money fine, boolean seriousViolation, String decision, Instant decidedAt) {

    static Penalty proposed(Money fine, String grounds, Instant servedAt, LocalDate statementDueOn) {
        return new Penalty(fine, grounds, servedAt, statementDueOn, null, false, null, null, false, null, null);
    }

    public boolean hasStatement() {
        return statementAt != null;
    }

    public boolean isDecided() {
        return decidedAt != null;
    }

    Penalty withStatement(String statement, boolean hearingRequested, Instant at) {
        return new Penalty(proposedFine, grounds, servedAt, statementDueOn, statement, hearingRequested, at,
                fine, seriousViolation, decision, decidedAt);
    }

    Penalty decided(Money fine, boolean seriousViolation, String decision, Instant at) {
        return new Penalty(proposedFine, grounds, servedAt, statementDueOn, statement, hearingRequested, statementAt,
                fine, seriousViolation, decision, at);
    }
}
