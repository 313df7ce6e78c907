package io.tianping.enforcement.api;

import static io.tianping.sharedkernel.Fields.required;
import static io.tianping.sharedkernel.Fields.text;

import io.tianping.sharedkernel.CreditCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * What happens to a party's entry on the serious-violation list (严重违法失信名单, SAMR Order 44), keyed by its credit
 * code. Malformed input is an {@link IllegalArgumentException} naming the field; refusals are the aggregate's.
 */
public sealed interface SeriousViolationCommand {

    CreditCode creditCode();

    /**
     * Put the party on the list because of {@code caseId}. While it is listed, listing it again changes nothing (a
     * second case neither adds an entry nor extends the listing).
     */
    record ListSeriousViolator(@TargetAggregateIdentifier CreditCode creditCode, String partyName, CaseId caseId,
                               Instant listedAt) implements SeriousViolationCommand {
        public ListSeriousViolator {
            required("creditCode", creditCode);
            partyName = text("partyName", partyName);
            required("caseId", caseId);
            required("listedAt", listedAt);
        }
    }

    /** Take the party off the list early, its obligations met: refused before a year on the list. */
    record RequestEarlyRemoval(@TargetAggregateIdentifier CreditCode creditCode, String reason, Instant at)
            implements SeriousViolationCommand {
        public RequestEarlyRemoval {
            required("creditCode", creditCode);
            reason = text("reason", reason);
            required("at", at);
        }
    }

    /** Let the listing lapse if its 3 years are over at {@code at}; otherwise (or if not listed) nothing happens. */
    record ExpireListing(@TargetAggregateIdentifier CreditCode creditCode, Instant at) implements SeriousViolationCommand {
        public ExpireListing {
            required("creditCode", creditCode);
            required("at", at);
        }
    }
}
