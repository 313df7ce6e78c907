package io.tianping.livestream.api;

import io.tianping.sharedkernel.CreditCode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Blacklist an organisation in live commerce by its credit code, on every platform and account it has or will have:
 * enforcement sends it for a party on the serious-violation list. Sending it twice changes nothing more.
 *
 * @param creditCode  the organisation
 * @param name        its registered name
 * @param reason      facts and reasons
 * @param until       the last day of the term
 * @param appealRoute how the subject may appeal
 * @param reference   what the blacklisting rests on, e.g. the case id
 * @param at          when
 */
public record BlacklistIdentity(CreditCode creditCode, String name, String reason, LocalDate until,
                                String appealRoute, String reference, Instant at) {

    public BlacklistIdentity {
        if (creditCode == null || until == null || at == null) {
            throw new IllegalArgumentException("creditCode, until and at: must not be null");
        }
        if (name == null || name.isBlank() || reason == null || reason.isBlank()
                || appealRoute == null || appealRoute.isBlank()) {
            throw new IllegalArgumentException("name, reason and appealRoute: must not be blank");
        }
    }
}
