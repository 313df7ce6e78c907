package io.tianping.enforcement.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A suspected crime and its transfer to the police; the transfer fields stay null until the case is handed over.
 *
 * @param decisionDueOn the last day to decide the transfer (3 days from the suspicion)
 */
public record PoliceTransfer(String suspicion, Instant suspectedAt, LocalDate decisionDueOn,
                             String policeUnit, Instant decidedAt, Instant handedOverAt) {

    static PoliceTransfer suspected(String suspicion, Instant at, LocalDate decisionDueOn) {
        return new PoliceTransfer(suspicion, at, decisionDueOn, null, null, null);
    }

    public boolean isTransferred() {
        return handedOverAt != null;
    }

    PoliceTransfer transferred(String policeUnit, Instant decidedAt, Instant handedOverAt) {
        return new PoliceTransfer(suspicion, suspectedAt, decisionDueOn, policeUnit, decidedAt, handedOverAt);
    }
}
